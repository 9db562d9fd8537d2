/**
 * Imports the PETRARCH/Phoenix CAMEO dictionaries (MIT, Open Event Data Alliance) and the PLOVER
 * conversion table (CC BY-SA 4.0) into the compact TSV files under data/cameo/ that
 * src/knowledge/cameo reads at start-up.
 *
 *   npx tsx scripts/import-cameo.ts [../shared/data]
 *
 * Output (all generated, do not edit by hand; add your own entries to the *-own.tsv files):
 *   verbs.tsv          one line per surface form: form (verb word marked with +), lemma, code, block
 *   verb-patterns.tsv  block, words before the verb, words after it, code
 *   synsets.tsv        &NAME and its member phrases
 *   agents.tsv         generic agent phrase -> agent code (`police` -> COP)
 *   countries.tsv      country name, adjective or city -> ISO 3166-1 alpha-3 / CAMEO country code
 *   cameo2plover.tsv   CAMEO code -> PLOVER type, mode, context
 *   goldstein.tsv      CAMEO code -> Goldstein score
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { regularVerbForms } from '../src/knowledge/cameo/forms.js';

const shared = process.argv[2] ?? new URL('../../shared/data', import.meta.url).pathname;
const out = new URL('../data/cameo/', import.meta.url).pathname;

// ------------------------------------------------------------------ verb forms

const regularForms = regularVerbForms;

/** `WIRE_+TAP` -> {words: ['wire','tap'], head: 1}; `+ASK_FOR` -> head 0; `KILL` -> head 0. */
function parsePhrase(raw: string): { words: string[]; head: number } {
  const parts = raw.toLowerCase().split('_').filter(Boolean);
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  return { words: parts.map((p) => p.replace(/^\+/, '')), head };
}

function phraseString(words: string[], head: number): string {
  return words.map((w, i) => (i === head ? `+${w}` : w)).join(' ');
}

interface VerbLine {
  form: string;
  lemma: string;
  code: string;
  block: string;
}
interface PatternLine {
  block: string;
  pre: string;
  post: string;
  code: string;
}

function cleanCode(raw: string | undefined): string {
  if (!raw) return '';
  return raw.replace(/[![\]\s]/g, '');
}

/** Pattern side -> space-separated words: drops (){} and the actor markers $ + ^ %. */
function patternWords(side: string): string {
  return side
    .replace(/[(){}]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^[$+^%]$/.test(w))
    .map((w) => (w.startsWith('&') ? w.toUpperCase() : w.toLowerCase().replace(/_/g, ' ')))
    .join(' ');
}

function importVerbs(): { verbs: VerbLine[]; patterns: PatternLine[]; synsets: Map<string, string[]> } {
  const text = readFileSync(join(shared, 'phoenix/CAMEO.2.0.txt'), 'latin1');
  const verbs: VerbLine[] = [];
  const patterns: PatternLine[] = [];
  const synsets = new Map<string, string[]>();
  let block = '';
  let blockCode = '';
  let synset: string | null = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (line.startsWith('&')) {
      synset = line.trim().replace(/_$/, '');
      synsets.set(synset, []);
      continue;
    }
    if (synset && line.startsWith('+') && !block) {
      synsets.get(synset)?.push(line.slice(1).trim().toLowerCase().replace(/_+$/, '').replace(/_/g, ' '));
      continue;
    }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (header) {
      synset = null;
      block = header[1];
      blockCode = cleanCode(header[2]);
      continue;
    }
    if (!block || line.startsWith('~')) continue;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\*(.*?)\[([^\]]*)\]/.exec(line);
      if (!m) continue;
      patterns.push({ block, pre: patternWords(m[1]), post: patternWords(m[2]), code: cleanCode(m[3]) });
      continue;
    }
    // A verb line: PHRASE {FORMS} [CODE]
    const m = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line.trim());
    if (!m) continue;
    const { words, head } = parsePhrase(m[1]);
    const lemma = words.join(' ');
    const code = cleanCode(m[3]) || blockCode;
    const forms = new Set<string>();
    const irregular = m[2] !== undefined;
    forms.add(phraseString(words, head));
    if (irregular) {
      for (const f of m[2].split(/\s+/).filter(Boolean)) {
        const p = parsePhrase(f);
        forms.add(phraseString(p.words, p.head));
      }
    } else {
      for (const f of regularForms(words[head])) {
        const w = [...words];
        w[head] = f;
        forms.add(phraseString(w, head));
      }
    }
    for (const form of forms) verbs.push({ form, lemma, code, block });
  }
  return { verbs, patterns, synsets };
}

// ------------------------------------------------------------------ agents

function importAgents(): [string, string][] {
  const text = readFileSync(join(shared, 'phoenix/Phoenix.agents.txt'), 'latin1');
  const subst = new Map<string, string[]>();
  const rows: [string, string][] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const s = /^!(\w+)!\s*=\s*(.*)$/.exec(line);
    if (s) {
      subst.set(
        s[1],
        s[2].split(',').map((x) => x.trim().toLowerCase()),
      );
      continue;
    }
    const m = /^(.+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]/.exec(line);
    if (!m) continue;
    const code = m[3].replace(/[~\s}]/g, '');
    if (!/^[A-Z]{3,}$/.test(code)) continue;
    let phrases = [m[1].trim()];
    const sm = /!(\w+)!/.exec(m[1]);
    if (sm) phrases = (subst.get(sm[1]) ?? []).map((v) => m[1].replace(sm[0], v));
    for (const p of phrases) {
      // A blank means "words may intervene" in PETRARCH; we keep only consecutive phrases.
      const phrase = p.toLowerCase().replace(/_+$/, '').trim();
      if (!phrase || /\s/.test(phrase)) continue;
      const words = phrase.replace(/_/g, ' ');
      rows.push([words, code]);
      const nullPlural = m[2] === '{}';
      if (!nullPlural && !/s$/.test(words)) {
        rows.push([
          words.endsWith('y') && !/[aeiou]y$/.test(words) ? `${words.slice(0, -1)}ies` : `${words}s`,
          code,
        ]);
      }
      if (m[2] && m[2] !== '{}') {
        for (const pl of m[2].replace(/[{}]/g, '').split(/\s+/).filter(Boolean)) {
          rows.push([pl.toLowerCase().replace(/_/g, ' '), code]);
        }
      }
    }
  }
  return rows;
}

// ------------------------------------------------------------------ countries

function importCountries(): [string, string][] {
  const text = readFileSync(join(shared, 'phoenix/Phoenix.Countries.actors.txt'), 'latin1');
  const rows: [string, string][] = [];
  // A block: primary phrase, `+` synonyms, tab-indented date restrictions. A country block is one whose
  // code (on the primary line, or the open-ended / undated restriction) is a bare 3-letter code.
  let phrases: string[] = [];
  let code: string | null = null;
  const flush = () => {
    if (code && /^[A-Z]{3}$/.test(code)) {
      for (const phrase of phrases) {
        rows.push([phrase, code]);
        // Plural demonyms: `Russian` -> `Russians`, `Iraqi` -> `Iraqis`.
        if (/(an|i)$/.test(phrase) && !phrase.includes(' ')) rows.push([`${phrase}s`, code]);
      }
    }
    phrases = [];
    code = null;
  };
  const clean = (p: string) => p.trim().toLowerCase().replace(/_+$/, '').replace(/_/g, ' ');
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (line.startsWith('\t') || line.startsWith(' ')) {
      const r = /\[([A-Z]+)(?:\s+([<>]?)[\d-]+)?\]/.exec(line);
      if (r && (r[2] === '>' || r[2] === undefined)) code = r[1];
      continue;
    }
    if (line.startsWith('+')) {
      const phrase = clean(line.slice(1).replace(/;.*$/, ''));
      if (phrase) phrases.push(phrase);
      continue;
    }
    flush();
    const head = /^([A-Z][A-Z_'.-]*?)_?\s*(?:\[([A-Z]+)\])?\s*(;.*)?$/.exec(line);
    if (!head) continue;
    phrases.push(clean(head[1]));
    code = head[2] ?? null;
  }
  flush();
  return rows;
}

// ------------------------------------------------------------------ PLOVER and Goldstein

function importPlover(): string[] {
  const text = readFileSync(join(shared, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8');
  const rows: string[] = [];
  for (const raw of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?\s*(.*)$/.exec(raw);
    if (!m || m[1].length < 3) continue;
    const mode = m[3].trim();
    const context = m[4]
      .trim()
      .replace(/\s*21\.09\.17.*$/, '')
      .replace(/\s*;\s*/g, ';');
    const desc = m[5].replace(/\s*21\.09\.17.*$/, '').trim();
    rows.push([m[1], m[2], mode, context, desc].join('\t'));
  }
  return rows;
}

const KEEP_CODING = new Set([
  'champion',
  'champions',
  'world trade center',
  'presidential debate',
  'presidential vote recount',
  'poll published',
  'millennium',
  'pollution',
]);

function main(): void {
  const { verbs, patterns, synsets } = importVerbs();
  const header = (what: string, licence: string) =>
    `# ${what}\n# Generated by scripts/import-cameo.ts from ${licence}. Do not edit; add entries to the *-own.tsv files.\n`;
  const petrarch = 'PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)';
  writeFileSync(
    join(out, 'verbs.tsv'),
    `${header('form (verb word marked +)\tlemma\tcode\tblock', petrarch)}${verbs
      .map((v) => `${v.form}\t${v.lemma}\t${v.code}\t${v.block}`)
      .join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'verb-patterns.tsv'),
    `${header('block\twords before the verb\twords after it\tcode (a:b = a for source->target, b reversed)', petrarch)}${patterns
      .map((p) => `${p.block}\t${p.pre}\t${p.post}\t${p.code}`)
      .join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'synsets.tsv'),
    `${header('synset\tphrases (|-separated)', petrarch)}${[...synsets]
      .map(([k, v]) => `${k}\t${v.join('|')}`)
      .join('\n')}\n`,
  );
  const agents = importAgents();
  writeFileSync(
    join(out, 'agents.tsv'),
    `${header('phrase\tagent code', 'Phoenix.agents.txt (MIT)')}${agents.map((r) => r.join('\t')).join('\n')}\n`,
  );
  const countries = importCountries();
  writeFileSync(
    join(out, 'countries.tsv'),
    `${header('phrase\tcountry code', 'Phoenix.Countries.actors.txt (MIT)')}${countries.map((r) => r.join('\t')).join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'cameo2plover.tsv'),
    `${header('cameo\ttype\tmode\tcontext\tdescription', 'PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, openeventdata/PLOVER)')}${importPlover().join('\n')}\n`,
  );
  const gold = readFileSync(join(shared, 'cameo/goldstein.tsv'), 'utf8');
  writeFileSync(join(out, 'goldstein.tsv'), gold);
  // Discards: sentences (or, with +, whole stories) about sport, entertainment, history are not coded.
  const discards: string[] = [];
  for (const raw of readFileSync(join(shared, 'phoenix/Phoenix.discards.txt'), 'latin1').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    // Bare years (historical chronologies) would discard too many news sentences: left out.
    if (!line || /^\d+$/.test(line)) continue;
    // Relative times (`weeks ago`) and a few phrases common in current news (`champion of`, the World
    // Trade Center, debates and polls) would discard ordinary event sentences: left out too.
    if (/\b(ago|later)$/i.test(line) || KEEP_CODING.has(line.replace(/^\+/, '').trim().toLowerCase()))
      continue;
    const story = line.startsWith('+');
    const phrase = line.replace(/^\+/, '').trim().toLowerCase();
    discards.push(`${phrase}\t${story ? 'story' : 'sentence'}`);
  }
  writeFileSync(
    join(out, 'discards.tsv'),
    `${header('phrase (a final _ = whole word; otherwise the last word is a stem)\tscope', 'Phoenix.discards.txt (MIT)')}${discards.join('\n')}\n`,
  );
  // ISO alpha-2 -> alpha-3 from the world-countries package (ODbL facts), for places that carry alpha-2 only.
  const world = createRequire(import.meta.url)('world-countries') as { cca2: string; cca3: string }[];
  writeFileSync(
    join(out, 'alpha2.tsv'),
    `# ISO 3166-1 alpha-2\talpha-3\n# Generated by scripts/import-cameo.ts from the world-countries package (ODbL).\n${world
      .map((c) => `${c.cca2}\t${c.cca3}`)
      .join('\n')}\n`,
  );
  console.log(
    `verbs ${verbs.length}, patterns ${patterns.length}, synsets ${synsets.size}, agents ${agents.length}, countries ${countries.length}`,
  );
}

main();
