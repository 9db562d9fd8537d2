/**
 * CAMEO knowledge: verb patterns (imported from PETRARCH plus our own), nominal triggers, the
 * CAMEO -> PLOVER table, Goldstein scores, actor fallbacks (countries, generic agents) and the cue
 * word lists of the events component. Loaded once from data/cameo/ and indexed by hash:
 * verbs by the surface form of their verb word, patterns by verb block, phrases by first word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { regularVerbForms } from './forms.js';

/** One surface form of a dictionary verb (`+took down`): the words around the verb word must match too. */
export interface VerbForm {
  /** Words before the verb word, then the verb word, then words after it (lower case). */
  words: string[];
  head: number;
  lemma: string;
  /** Default CAMEO code of the bare verb; null = no event on its own. */
  code: string | null;
  block: string;
  own: boolean;
}

/** A verb pattern: words that must occur, in order, before and after the verb inside its clause. */
export interface VerbPattern {
  id: string;
  /** Each slot is a set of acceptable words (a synset expands to its members' head words). */
  pre: Set<string>[];
  post: Set<string>[];
  code: string | null;
  /** `[:173]` codes the reverse direction: the target acts on the source. */
  swap: boolean;
  own: boolean;
}

export interface NominalTrigger {
  /** Lower-case words of the noun phrase (`air`, `strikes`). */
  words: string[];
  code: string;
  standalone: boolean;
}

export interface PloverEntry {
  type: string;
  mode: string | null;
  context: string | null;
  description: string;
}

/** A phrase dictionary keyed by its first word; entries sorted longest first. */
export type PhraseIndex<V> = Map<string, { words: string[]; value: V }[]>;

/** What the coder asks of a table keyed by word: the entries of one key, and whether it has any. */
export interface KeyedTable<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/**
 * A table whose rows are kept as text, grouped by key, and parsed the first time their key is asked
 * for. The verb and pattern dictionaries hold 12,000 rows, and an article asks for a few hundred keys:
 * parsing them all at start-up cost 150 ms, most of it garbage collection.
 */
export class LazyTable<V> implements KeyedTable<V> {
  private readonly parsed = new Map<string, V>();

  /** `raw`: key -> numbers of its lines in `lines`; `parse` reads them split into fields. */
  constructor(
    private readonly lines: readonly string[],
    private readonly raw: ReadonlyMap<string, number[]>,
    private readonly parse: (key: string, rows: { fields: string[]; line: number }[]) => V,
  ) {}

  has(key: string): boolean {
    return this.raw.has(key);
  }

  get(key: string): V | undefined {
    let value = this.parsed.get(key);
    if (value === undefined) {
      const numbers = this.raw.get(key);
      if (!numbers) return undefined;
      value = this.parse(
        key,
        numbers.map((line) => ({ fields: this.lines[line].split('\t'), line })),
      );
      this.parsed.set(key, value);
    }
    return value;
  }
}

export interface CameoKnowledge {
  /** Surface form of a verb word -> its dictionary forms, longest first. */
  verbs: KeyedTable<VerbForm[]>;
  /** Verb block -> its patterns, our own first. */
  patterns: KeyedTable<VerbPattern[]>;
  nominals: PhraseIndex<NominalTrigger>;
  plover: Map<string, PloverEntry>;
  goldstein: Map<string, number>;
  countries: PhraseIndex<string>;
  agents: PhraseIndex<string>;
  /** category -> phrase index -> value (see data/cameo/cues.tsv). */
  cues: Map<string, PhraseIndex<string>>;
  /** `frameRoot|complementRoot` -> code. */
  combinations: Map<string, string>;
  /** CAMEO root -> what an unrealised act becomes. */
  intent: Map<string, { code: string | null; type: string; when: 'always' | 'commitment' | 'intent' }>;
  /** Phrases that keep a sentence (`sentence`) or a whole story (`story`) from being coded. */
  discards: PhraseIndex<'sentence' | 'story'>;
  /** ISO alpha-2 -> alpha-3, for places that carry only the short code. */
  alpha2to3: Map<string, string>;
}

/** The data lines of a file of data/cameo/ (no blank or comment lines), unsplit. */
function lines(file: string): string[] {
  const text = readFileSync(join(dataDir(), 'cameo', file), 'utf8');
  return text.split('\n').filter((line) => line && !line.startsWith('#'));
}

function rows(file: string): string[][] {
  return lines(file).map((line) => line.split('\t'));
}

/**
 * Builds a phrase index in one pass: entries are collected, then each first word's list is sorted
 * once, longest first (a stable sort, so equal lengths keep their file order). Re-sorting on every
 * insert made loading the tables quadratic in the longest list.
 */
export class PhraseIndexBuilder<V> {
  private readonly index: PhraseIndex<V> = new Map();
  private readonly seen = new Set<string>();

  add(phrase: string, value: V): void {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const key = words.join(' ');
    if (this.seen.has(key)) return; // first entry wins
    this.seen.add(key);
    let list = this.index.get(words[0]);
    if (!list) {
      list = [];
      this.index.set(words[0], list);
    }
    list.push({ words, value });
  }

  build(): PhraseIndex<V> {
    for (const list of this.index.values()) list.sort((a, b) => b.words.length - a.words.length);
    return this.index;
  }
}

/** The longest phrase of `index` starting at `norms[i]`, or null. */
export function matchPhrase<V>(
  index: PhraseIndex<V>,
  norms: readonly string[],
  i: number,
  end = norms.length,
): { length: number; value: V } | null {
  const list = index.get(norms[i]);
  if (!list) return null;
  for (const entry of list) {
    if (i + entry.words.length > end) continue;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      if (norms[i + k] !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { length: entry.words.length, value: entry.value };
  }
  return null;
}

function parseForm(raw: string): { words: string[]; head: number } {
  const parts = raw.trim().toLowerCase().split(/\s+/);
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  return { words: parts.map((p) => p.replace(/^\+/, '')), head };
}

/** Stray punctuation in the source dictionary is no verb. */
const VERB_WORD = /^[a-z][a-z'-]*$/;

function addVerb(verbs: Map<string, VerbForm[]>, form: VerbForm): void {
  const key = form.words[form.head];
  if (!VERB_WORD.test(key)) return;
  let list = verbs.get(key);
  if (!list) {
    list = [];
    verbs.set(key, list);
  }
  list.push(form);
}

/** The verb word of a form as written (`+took down` -> `took`), without parsing the whole form. */
function verbWordOf(raw: string): string {
  const text = raw.trim().toLowerCase();
  const plus = text.indexOf('+');
  const from = plus >= 0 ? plus + 1 : 0;
  const end = text.indexOf(' ', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** The numbers of the lines, grouped by a key computed from each line's first field, in file order. */
function groupLines(all: readonly string[], keyOf: (firstField: string) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  all.forEach((line, n) => {
    const tab = line.indexOf('\t');
    const key = keyOf(tab < 0 ? line : line.slice(0, tab));
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(n);
  });
  return groups;
}

function slotSet(word: string, synsets: Map<string, string[]>): Set<string> {
  if (word.startsWith('&')) {
    const members = synsets.get(word.replace(/_$/, '')) ?? [];
    const set = new Set<string>();
    for (const m of members) {
      const head = m.split(' ').pop() ?? m;
      set.add(head);
      if (!m.endsWith('_')) set.add(head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`);
    }
    return set;
  }
  const set = new Set([word]);
  // Patterns name heads in the singular; accept the regular plural too.
  if (/^[a-z]+$/.test(word) && word.length > 2) set.add(word.endsWith('s') ? word : `${word}s`);
  return set;
}

function parseCode(raw: string): { code: string | null; swap: boolean } {
  const c = raw.trim();
  if (!c || c === '---') return { code: null, swap: false };
  const [a, b] = c.split(':');
  if (a && a !== '---') return { code: a, swap: false };
  if (b && b !== '---') return { code: b, swap: true };
  return { code: null, swap: false };
}

let cached: CameoKnowledge | null = null;

/** Loads data/cameo/ once; later calls return the same object. */
export function loadCameoKnowledge(): CameoKnowledge {
  if (cached) return cached;
  const synsets = new Map<string, string[]>();
  for (const [name, members] of rows('synsets.tsv')) synsets.set(name, members ? members.split('|') : []);

  const verbs = new Map<string, VerbForm[]>();
  // Our own verbs first: they override the imported forms with the same words.
  const ownKeys = new Set<string>();
  for (const [phrase, forms, code, block] of rows('verbs-own.tsv')) {
    const base = parseForm(phrase);
    const all = forms?.trim()
      ? [phrase, ...forms.split(',')].map(parseForm)
      : regularVerbForms(base.words[base.head]).map((f) => {
          const w = [...base.words];
          w[base.head] = f;
          return { words: w, head: base.head };
        });
    for (const f of all) {
      const key = f.words.join(' ');
      if (ownKeys.has(key)) continue;
      ownKeys.add(key);
      addVerb(verbs, {
        words: f.words,
        head: f.head,
        lemma: base.words.join(' '),
        code: parseCode(code ?? '').code,
        block,
        own: true,
      });
    }
  }
  // The imported forms stay text until their verb word is asked for (LazyTable).
  const verbLines = lines('verbs.tsv');
  const imported = groupLines(verbLines, verbWordOf);
  for (const key of imported.keys()) if (!VERB_WORD.test(key)) imported.delete(key);
  for (const key of verbs.keys()) if (!imported.has(key)) imported.set(key, []);
  const verbTable = new LazyTable(verbLines, imported, (key, found) => {
    const list = [...(verbs.get(key) ?? [])];
    for (const {
      fields: [form, lemma, code, block],
    } of found) {
      const f = parseForm(form);
      if (ownKeys.has(f.words.join(' '))) continue;
      // Fields written out (not spread): a spread here made loading noticeably slower.
      list.push({ words: f.words, head: f.head, lemma, code: parseCode(code).code, block, own: false });
    }
    // Longest phrases first, so `took down` is tried before `took`; our own first among equals.
    return list.sort((a, b) => b.words.length - a.words.length);
  });

  // One set per distinct slot word, shared by every pattern naming it (the sets are read-only):
  // a synset expands to hundreds of words, and thousands of patterns name the same few synsets.
  const slots = new Map<string, Set<string>>();
  const slotFor = (word: string) => {
    let set = slots.get(word);
    if (!set) {
      set = slotSet(word, synsets);
      slots.set(word, set);
    }
    return set;
  };
  const toSlots = (side: string | undefined) =>
    (side ?? '').replace(/[()]/g, ' ').split(/\s+/).filter(Boolean).map(slotFor);
  // Patterns stay text until their verb block is asked for. A pattern's id numbers it within its file
  // (`petrarch.015.123`), as it did when all were parsed at once.
  const ownPatterns = lines('verb-patterns-own.tsv');
  const patternLines = [...ownPatterns, ...lines('verb-patterns.tsv')];
  const patterns = new LazyTable(
    patternLines,
    groupLines(patternLines, (block) => block),
    (block, found) =>
      found.map(({ fields: [, pre, post, code], line }) => {
        const own = line < ownPatterns.length;
        const { code: c, swap } = parseCode(code ?? '');
        return {
          id: own ? `own.${block}.${line}` : `petrarch.${block}.${line - ownPatterns.length}`,
          pre: toSlots(pre),
          post: toSlots(post),
          code: c,
          swap,
          own,
        };
      }),
  );

  const nominals = new PhraseIndexBuilder<NominalTrigger>();
  for (const [forms, code, standalone] of rows('nominals.tsv')) {
    for (const form of forms.split(',')) {
      const words = form.trim().split(/\s+/);
      nominals.add(form.trim(), { words, code, standalone: standalone === 'yes' });
    }
  }

  const plover = new Map<string, PloverEntry>();
  for (const [code, type, mode, context, description] of rows('cameo2plover.tsv')) {
    if (plover.has(code)) continue;
    plover.set(code, {
      type,
      mode: mode?.trim() || null,
      context: context?.trim() || null,
      description: description ?? '',
    });
  }

  const goldstein = new Map<string, number>();
  for (const [code, score] of rows('goldstein.tsv')) {
    if (code === 'cameo') continue;
    goldstein.set(code, Number(score));
  }

  const countries = new PhraseIndexBuilder<string>();
  for (const [phrase, code] of rows('countries.tsv')) countries.add(phrase, code);
  const agents = new PhraseIndexBuilder<string>();
  for (const [phrase, code] of rows('agents-own.tsv')) agents.add(phrase, code);
  for (const [phrase, code] of rows('agents.tsv')) agents.add(phrase, code);

  const cueBuilders = new Map<string, PhraseIndexBuilder<string>>();
  for (const [category, phrase, value] of rows('cues.tsv')) {
    let index = cueBuilders.get(category);
    if (!index) {
      index = new PhraseIndexBuilder();
      cueBuilders.set(category, index);
    }
    index.add(phrase, value ?? '');
  }
  const cues = new Map<string, PhraseIndex<string>>();
  for (const [category, builder] of cueBuilders) cues.set(category, builder.build());

  const combinations = new Map<string, string>();
  for (const [frame, complement, code] of rows('combinations.tsv'))
    combinations.set(`${frame}|${complement}`, code);
  const intent = new Map<
    string,
    { code: string | null; type: string; when: 'always' | 'commitment' | 'intent' }
  >();
  for (const [root, code, type, when] of rows('intent.tsv')) {
    intent.set(root, {
      code: code === '-' ? null : code,
      type,
      when: when === 'commitment' || when === 'intent' ? when : 'always',
    });
  }

  const discards = new PhraseIndexBuilder<'sentence' | 'story'>();
  for (const file of ['discards-own.tsv', 'discards.tsv']) {
    for (const [phrase, scope] of rows(file)) {
      const p = phrase.replace(/_+$/, '').trim();
      const value = scope === 'story' ? 'story' : 'sentence';
      discards.add(p, value);
      // The last word stands for its plural too (`tournament` -> `tournaments`).
      if (!phrase.endsWith('_') && /[a-z]$/.test(p)) discards.add(`${p}s`, value);
    }
  }

  const alpha2to3 = new Map<string, string>();
  for (const [a2, a3] of rows('alpha2.tsv')) alpha2to3.set(a2, a3);

  cached = {
    verbs: verbTable,
    patterns,
    nominals: nominals.build(),
    plover,
    goldstein,
    countries: countries.build(),
    agents: agents.build(),
    cues,
    combinations,
    intent,
    discards: discards.build(),
    alpha2to3,
  };
  return cached;
}
