/**
 * The word lists the quotes component runs on: speech cues, role nouns, titles. They live in
 * `data/quotes/` so a user can extend them; this module parses them once, when the component is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../knowledge/paths.js';

/** What a cue word does: `speech` verbs introduce what was said; the others are weaker or special. */
export type CueClass = 'speech' | 'writing' | 'report' | 'question' | 'naming' | 'cognitive' | 'according';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** Number of tokens of the cue (`point out`, `according to` = 2). */
  length: number;
}

export interface QuoteLexicon {
  /** Single-word cues by lower-case form. */
  cues: Map<string, CueEntry>;
  /** Two-word cues by their first word, then second word. */
  cuePairs: Map<string, Map<string, CueEntry>>;
  /** Nouns that name a speaker's role (`minister`, `spokesman`, `report`). */
  roleNouns: Set<string>;
  /** Capitalised words that show a name run is not a person (`Health Ministry`). */
  notPersonWords: Set<string>;
  /** Titles stripped from the front of a speaker's name, each as a list of lower-case words. */
  titles: string[][];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** Builds a lexicon from the text of the three data files (tests pass their own strings). */
export function parseQuoteLexicon(
  cueTsv: string,
  roleNouns: string,
  titles: string,
  notPersonWords = '',
): QuoteLexicon {
  const cues = new Map<string, CueEntry>();
  const cuePairs = new Map<string, Map<string, CueEntry>>();
  for (const line of lines(cueTsv)) {
    const [form, lemma, cls] = line.split('\t');
    if (!form || !lemma || !cls) continue;
    const words = form.toLowerCase().split(/\s+/);
    const entry: CueEntry = { lemma, cls: cls as CueClass, length: words.length };
    if (words.length === 1) cues.set(words[0], entry);
    else {
      const second = cuePairs.get(words[0]) ?? new Map<string, CueEntry>();
      cuePairs.set(words[0], second);
      second.set(words[1], entry);
    }
  }
  return {
    cues,
    cuePairs,
    roleNouns: new Set(lines(roleNouns).map((l) => l.toLowerCase())),
    notPersonWords: new Set(lines(notPersonWords).map((l) => l.toLowerCase())),
    titles: lines(titles)
      .map((l) => l.toLowerCase().split(/\s+/))
      .sort((x, y) => y.length - x.length), // longest first, so `secretary of state` beats `secretary`
  };
}

/** Reads `data/quotes/` (once, at build time). */
export function loadQuoteLexicon(dir = join(dataDir(), 'quotes')): QuoteLexicon {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return parseQuoteLexicon(
    read('cue-verbs.tsv'),
    read('role-nouns.txt'),
    read('titles.txt'),
    read('not-person-words.txt'),
  );
}
