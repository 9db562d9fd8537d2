/**
 * Quotations with no attribution of their own keep the speaker of the quotation they continue:
 *   previous   an earlier attributed quotation in the same paragraph (`"..." Smith said. "..."`)
 *   next       a later one in the same paragraph, when none came before (`"A." ... "B," she said.`)
 *   paragraph  the paragraph opens with the quotation and the previous paragraph had an attributed one
 *   across     the paragraph opens with the quotation and the one before the previous paragraph left
 *              an attributed quotation open (a caption stands between)
 */
import type { DraftQuote } from './draft.js';

export function carrySpeakers(quotes: DraftQuote[]): void {
  const direct = quotes.filter((q) => q.kind !== 'indirect').sort((a, b) => a.start - b.start);
  carryBackAcrossParagraphs(direct);
  for (let i = 0; i < direct.length; i++) {
    const q = direct[i];
    if (q.attribution?.speaker) continue;
    if (q.continued) {
      // The quotation began in the previous paragraph: its speaker, whatever follows in this one.
      const opened = findAttributed(direct, i, -1, (o) => o.paragraph === q.paragraph - 1);
      if (opened?.attribution) {
        const a = opened.attribution;
        q.attribution = {
          cue: a.cue,
          speaker: a.speaker,
          rules: ['carry.continued', ...a.rules],
          confidence: Math.min(a.confidence, 0.8),
        };
        continue;
      }
    }
    const prev = findAttributed(direct, i, -1, (o) => o.paragraph === q.paragraph);
    const next = prev ? null : findAttributed(direct, i, +1, (o) => o.paragraph === q.paragraph);
    let source = prev ?? next;
    let rule = prev ? 'carry.previous' : 'carry.next';
    if (!source && (q.continued || (q.opensParagraph && isFirstIn(direct, i)))) {
      source = findAttributed(direct, i, -1, (o) => o.paragraph === q.paragraph - 1);
      rule = q.continued ? 'carry.continued' : 'carry.paragraph';
    }
    if (!source && q.opensParagraph && i > 0) {
      // `Gregoire said, "... (left open)` / a photo caption / `"However, ..."`: one paragraph without
      // quotation between a quotation left open and this one, which goes on with it.
      const before = direct[i - 1];
      if (before.unclosed && before.paragraph === q.paragraph - 2 && before.attribution?.cue) {
        source = before;
        rule = 'carry.across-paragraph';
      }
    }
    if (!source?.attribution) continue;
    const a = source.attribution;
    q.attribution = {
      cue: a.cue,
      speaker: a.speaker,
      rules: [rule, ...a.rules],
      confidence: Math.min(a.confidence, 0.75),
    };
  }
}

/**
 * A quotation that runs over several paragraphs with its attribution only at the end
 * (`"A ...` / `"B ...," she said.`): the opening paragraphs take the speaker found at the end.
 */
function carryBackAcrossParagraphs(direct: DraftQuote[]): void {
  for (let i = direct.length - 2; i >= 0; i--) {
    const q = direct[i];
    const next = direct[i + 1];
    if (q.attribution?.speaker || !q.unclosed || !next.continued || next.paragraph !== q.paragraph + 1)
      continue;
    const a = next.attribution;
    if (!a?.speaker) continue;
    q.attribution = {
      cue: a.cue,
      speaker: a.speaker,
      rules: ['carry.continues-into', ...a.rules],
      confidence: Math.min(a.confidence, 0.8),
    };
  }
}

function findAttributed(
  list: DraftQuote[],
  i: number,
  step: number,
  same: (o: DraftQuote) => boolean,
): DraftQuote | null {
  for (let k = i + step; k >= 0 && k < list.length; k += step) {
    const o = list[k];
    if (!same(o)) {
      if (step < 0 && o.paragraph < list[i].paragraph - 1) break;
      if (step > 0 && o.paragraph > list[i].paragraph) break;
      continue;
    }
    // Only a speaker read from a cue carries over, not one guessed from the sentence's subject.
    if (o.attribution?.speaker && o.attribution.cue) return o;
  }
  return null;
}

function isFirstIn(list: DraftQuote[], i: number): boolean {
  return i === 0 || list[i - 1].paragraph !== list[i].paragraph;
}
