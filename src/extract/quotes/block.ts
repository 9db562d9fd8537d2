/**
 * Block quotations: paragraphs of speech without quotation marks.
 *   colon  the previous paragraph ends in a colon (`When asked ..., he replied:`)
 *   credit a pull quote followed by its credit line (`... suppressive. Jane Doe, former member`)
 *   repeat the words of such a pull quote where they stand again in the body
 */
import type { QuoteContext } from './context.js';
import { attributeIntro } from './direct.js';
import type { DraftQuote } from './draft.js';
import { tokenAtOrAfter } from './view.js';

const DOUBLE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;

export function blockQuotes(ctx: QuoteContext, direct: readonly DraftQuote[]): DraftQuote[] {
  const { paragraphs, paragraphSentences, text, sentences } = ctx.view;
  const withQuotes = new Set(direct.map((d) => d.paragraph));
  const out: DraftQuote[] = [];
  for (const p of paragraphs) {
    if (p.role !== 'body' || withQuotes.has(p.index)) continue;
    const range = paragraphSentences.get(p.index);
    if (!range || DOUBLE_MARK.test(p.text)) continue;
    const prev = paragraphs[p.index - 1];
    if (prev && prev.role === 'body' && /:\s*$/.test(text.slice(prev.start, prev.end))) {
      const first = sentences[range[0]];
      const last = sentences[range[1]];
      out.push({
        start: p.start,
        end: p.end,
        kind: 'block',
        paragraph: p.index,
        firstToken: first.firstToken,
        lastToken: last.lastToken,
        rules: ['block.after-colon'],
        attribution: attributeIntro(ctx, p.index),
      });
      continue;
    }
    const credit = creditLine(ctx, range[1]);
    if (credit && range[1] > range[0]) {
      const first = sentences[range[0]];
      const body = sentences[range[1] - 1];
      const speaker = ctx.speakers.fromPhrase(credit[0], credit[1], 'block.credit');
      const pull: DraftQuote = {
        start: first.start,
        end: body.end,
        kind: 'block',
        paragraph: p.index,
        firstToken: first.firstToken,
        lastToken: body.lastToken,
        rules: ['block.credit-line'],
        attribution: { cue: null, speaker, rules: ['block.credit-line', speaker.rule], confidence: 0.7 },
      };
      out.push(pull);
      const repeat = repeatedInBody(ctx, pull, direct);
      if (repeat) out.push(repeat);
    }
  }
  return out;
}

/**
 * A pull quote repeats words of the article's body (`I was hauled in ... Valeska Paris` above the
 * paragraph that opens with `I was hauled in ...`): that place in the body is the same quotation.
 */
function repeatedInBody(
  ctx: QuoteContext,
  pull: DraftQuote,
  direct: readonly DraftQuote[],
): DraftQuote | null {
  const { text, tokens, sentences, paragraphs } = ctx.view;
  const words = text.slice(pull.start, pull.end);
  if (words.length < 40) return null;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (at === pull.start) continue;
    const k = tokenAtOrAfter(tokens, at);
    const s = sentences[tokens[k]?.sentence ?? -1];
    if (
      !s ||
      paragraphs[s.paragraph]?.role !== 'body' ||
      direct.some((d) => d.start < at + words.length && d.end > at)
    )
      continue;
    return {
      ...pull,
      start: at,
      end: at + words.length,
      paragraph: s.paragraph,
      firstToken: k,
      lastToken: tokenAtOrAfter(tokens, at + words.length) - 1,
      rules: ['block.pull-quote-repeat'],
    };
  }
  return null;
}

/** A closing sentence that is only a name, maybe with a role after a comma: the tokens of the name. */
function creditLine(ctx: QuoteContext, sentenceIndex: number): [number, number] | null {
  const { tokens, sentences } = ctx.view;
  const s = sentences[sentenceIndex];
  if (s.lastToken - s.firstToken > 14) return null;
  let nameEnd = s.firstToken - 1;
  for (let k = s.firstToken; k <= s.lastToken; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return null;
    if (nameEnd === k - 1 && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) nameEnd = k;
  }
  if (nameEnd - s.firstToken < 1) return null; // two capitalised words at least
  const after = tokens[nameEnd + 1];
  if (after && after.sentence === sentenceIndex && after.norm !== ',' && after.norm !== '(') return null;
  return [s.firstToken, nameEnd];
}
