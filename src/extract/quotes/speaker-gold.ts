/**
 * A hand-checked speaker gold for direct quotations, and the measure the held-out attribution corpus
 * uses: of the quotations we find, how many name the right speaker. GUM marks no speakers, so this
 * is our own check (`wikinews-speakers.tsv`, read by `wikinews-speakers.test.ts` and
 * `scripts/eval-quotes.ts --speakers`).
 *
 * One row per quotation: the document id, the words the quotation begins with, and the speaker's
 * names (alternatives joined by `|`; `(none)` when the text names nobody; `(not speech)` for a title
 * or name in quotation marks that must not come out as a quotation), and, for a known failure, why.
 */
import type { Quote } from '../../model/layers.js';

export const NO_SPEAKER = '(none)';
export const NOT_SPEECH = '(not speech)';

export interface SpeakerGoldRow {
  doc: string;
  begins: string;
  /** Which quotation that begins so (1 = the first in the document). */
  occurrence: number;
  speakers: string[];
  /** Why the system still gets this row wrong, when it is a known failure (the fourth field). */
  knownFailure?: string;
  line: number;
}

export function parseSpeakerGold(tsv: string): SpeakerGoldRow[] {
  const rows: SpeakerGoldRow[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line || line.startsWith('#')) return;
    const [doc, begins, speakers, knownFailure] = line.split('\t');
    if (!doc || !begins || !speakers)
      throw new Error(`speaker gold line ${i + 1}: need 3 tab-separated fields`);
    const nth = / #(\d+)$/.exec(begins);
    rows.push({
      doc,
      begins: squash(nth ? begins.slice(0, nth.index) : begins),
      occurrence: nth ? Number(nth[1]) : 1,
      speakers: speakers.split('|').map((s) => s.trim()),
      knownFailure: knownFailure?.trim() || undefined,
      line: i + 1,
    });
  });
  return rows;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const norm = (s: string) => squash(s).toLowerCase().replace(/^the /, '');

export type Verdict = 'right' | 'wrong' | 'missed' | 'spurious';

export interface SpeakerCheck {
  row: SpeakerGoldRow;
  verdict: Verdict;
  /** The speaker name the system gave (null: none). */
  got: string | null;
  /** The kind of the quotation found (direct, mixed, block), when one was. */
  kind?: string;
}

/** Checks one row against the quotations (or, with `indirect`, the reported speech) of its document. */
export function checkRow(row: SpeakerGoldRow, quotes: readonly Quote[], indirect = false): SpeakerCheck {
  const q = quotes.filter(
    (x) => (x.kind === 'indirect') === indirect && squash(x.text).startsWith(row.begins),
  )[row.occurrence - 1];
  if (row.speakers[0] === NOT_SPEECH)
    return { row, verdict: q ? 'spurious' : 'right', got: q ? (q.speakerName ?? NO_SPEAKER) : null };
  if (!q) return { row, verdict: 'missed', got: null };
  const got = q.speakerName;
  const ok =
    row.speakers[0] === NO_SPEAKER
      ? got === null
      : got !== null && row.speakers.some((s) => norm(s) === norm(got));
  return { row, verdict: ok ? 'right' : 'wrong', got, kind: q.kind };
}

export interface SpeakerSummary {
  /** Quotations with a gold speaker (or none) that the system found. */
  found: number;
  right: number;
  missed: number;
  /** Titles and names the system took for speech. */
  spurious: number;
  accuracy: number;
}

export function summarise(checks: readonly SpeakerCheck[]): SpeakerSummary {
  const speech = checks.filter((c) => c.row.speakers[0] !== NOT_SPEECH);
  const found = speech.filter((c) => c.verdict !== 'missed');
  const right = found.filter((c) => c.verdict === 'right').length;
  return {
    found: found.length,
    right,
    missed: speech.length - found.length,
    spurious: checks.filter((c) => c.verdict === 'spurious').length,
    accuracy: found.length ? right / found.length : 0,
  };
}
