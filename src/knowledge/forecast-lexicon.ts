/**
 * Loads the forecast lexicon from `data/forecasts/`: hedge words with probabilities (Kent's words
 * of estimative probability plus our news modals) and default windows for vague time phrases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.js';

export interface Hedge {
  /** Lower-case words, as token norms. */
  words: string[];
  probability: number;
}

export interface Horizon {
  words: string[];
  earliestDays: number;
  /** Days after the statement, or a calendar end (`year-end`, `month-end`, `week-end`). */
  latest: number | 'year-end' | 'month-end' | 'week-end';
}

export interface ForecastLexicon {
  hedges: Hedge[];
  horizons: Horizon[];
  defaultHorizon: Horizon;
}

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** Splits a phrase into token norms the way the tokenizer does (`won't` -> `wo n't`). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/n't\b/g, " n't")
    .replace(/'ll\b/g, " 'll")
    .split(/\s+/)
    .filter(Boolean);
}

export function loadForecastLexicon(dir = join(dataDir(), 'forecasts')): ForecastLexicon {
  const hedges = rows(join(dir, 'hedges.tsv')).map(([phrase, p]) => ({
    words: phraseWords(phrase),
    probability: Number(p),
  }));
  let defaultHorizon: Horizon = { words: [], earliestDays: 0, latest: 365 };
  const horizons: Horizon[] = [];
  for (const [phrase, early, late] of rows(join(dir, 'horizons.tsv'))) {
    const latest = late.startsWith('*') ? (late.slice(1) as Horizon['latest']) : Number(late);
    const h: Horizon = { words: phraseWords(phrase), earliestDays: Number(early), latest };
    if (phrase === '*default') defaultHorizon = h;
    else horizons.push(h);
  }
  // Longest phrases first, so `almost certainly not` wins over `certainly`.
  hedges.sort((a, b) => b.words.length - a.words.length);
  horizons.sort((a, b) => b.words.length - a.words.length);
  return { hedges, horizons, defaultHorizon };
}
