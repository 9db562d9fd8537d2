/**
 * The forecasts component: forward-looking statements, each with who made it, what it predicts,
 * the window in which it can come true, its hedges and the probability they express.
 *
 * A sentence is cut into segments by the quotes layer: words inside a quotation belong to its
 * speaker, words inside reported speech to the reporter's source, the rest to the article itself
 * (its outlet). Each segment with a forward cue (see `detect.ts`) becomes one forecast.
 */
import type { ForecastLexicon } from '../../knowledge/forecast-lexicon.js';
import { spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type { Forecast, LayerName, Quote } from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { findCondition, findForwardCues, isQuestion } from './detect.js';
import { findHedges } from './hedges.js';
import { forecastWindow } from './window.js';

export const FORECASTS = { component: 'forecasts', version: '0.1.0' } as const;

/** Speech and belief verbs that make the mention before them the source of what follows (`X says Y will`). */
const SAYS = new Set([
  'says',
  'said',
  'say',
  'warns',
  'warned',
  'predicts',
  'predicted',
  'expects',
  'expected',
  'believes',
  'believed',
  'tells',
  'told',
  'thinks',
  'claims',
  'claimed',
  'forecasts',
  'insists',
  'insisted',
  'argues',
  'argued',
  'hopes',
]);

/** Modalities of an event that has not happened: only such an event can be what a forecast predicts. */
const UNREALISED = new Set(['predicted', 'planned', 'intended', 'conditional', 'hypothetical']);

const contains = (outer: { start: number; end: number }, start: number, end: number) =>
  outer.start <= start && end <= outer.end;

interface Segment {
  start: number;
  end: number;
  quote: Quote | null;
}

/** Splits a sentence at the edges of the quotes that overlap it. */
function segmentsOf(start: number, end: number, quotes: Quote[]): Segment[] {
  const inside = quotes
    .filter((q) => q.start < end && q.end > start)
    .map((q) => ({ start: Math.max(q.start, start), end: Math.min(q.end, end), quote: q }))
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = start;
  for (const s of inside) {
    if (s.start < at) continue; // nested quotes: the outer one already covers it
    if (s.start > at) out.push({ start: at, end: s.start, quote: null });
    out.push(s);
    at = s.end;
  }
  if (at < end) out.push({ start: at, end, quote: null });
  return out;
}

/**
 * In narration, `NAME says ... will ...` (a headline's `John Kerry Says Ceasefire Could Be Weeks Away`)
 * makes NAME the forecaster: the last mention followed directly by a speech verb before the cue.
 */
function reportedSpeaker(doc: Document, firstToken: number, cueStart: number) {
  const { tokens = [], mentions = [], entities = [] } = doc.layers;
  for (let i = firstToken; i < tokens.length && tokens[i].start < cueStart; i++) {
    if (!SAYS.has(tokens[i].norm)) continue;
    const before = tokens[i - 1];
    const m =
      before && mentions.find((x) => x.end === before.end && (x.type === 'PERSON' || x.type === 'ORG'));
    if (!m) continue;
    const entity = m.entityId ? entities.find((e) => e.id === m.entityId) : undefined;
    return { speaker: spanOf(doc.text, m.start, m.end), entityId: m.entityId, name: entity?.name ?? m.text };
  }
  return null;
}

export function forecastsComponent(
  lexicon: ForecastLexicon,
  reads: LayerName[] = ['sentences', 'tokens'],
): Component {
  return {
    name: FORECASTS.component,
    version: FORECASTS.version,
    reads,
    writes: ['forecasts'],
    run(doc: Document) {
      const { sentences = [], tokens = [], quotes = [], times = [], events = [] } = doc.layers;
      const published = doc.meta.published?.local ?? null;
      const outlet = doc.meta.source;
      const forecasts: Forecast[] = [];
      for (const sentence of sentences) {
        const { firstToken: first, lastToken: last } = sentence;
        if (isQuestion(tokens, first, last)) continue;
        const cues = findForwardCues(tokens, first, last);
        if (cues.length === 0) continue;
        for (const seg of segmentsOf(sentence.start, sentence.end, quotes)) {
          const segCues = cues.filter(
            (c) => tokens[c.first].start >= seg.start && tokens[c.last].end <= seg.end,
          );
          if (segCues.length === 0) continue;
          let a = first;
          while (a <= last && tokens[a].start < seg.start) a++;
          let b = last;
          while (b >= a && tokens[b].end > seg.end) b--;
          // Quotation marks and trailing punctuation are not part of what was predicted, nor is the
          // joint left by a quotation cut out before it (`", but the government will ...`).
          while (a < b && /^["\u201C\u201D'\u2018\u2019(,;:]$/.test(tokens[a].text)) a++;
          if (a < b && a > first && /^(but|and|while|whereas|yet)$/.test(tokens[a].norm)) a++;
          while (b > a && /^["\u201C\u201D'\u2018\u2019),.;:]$/.test(tokens[b].text)) b--;
          const span = spanOf(doc.text, tokens[a].start, tokens[b].end);
          const speakerQuote = seg.quote ?? null;
          const sayer = speakerQuote ? null : reportedSpeaker(doc, a, tokens[segCues[0].first].start);
          const hedges = findHedges(tokens, a, b, lexicon.hedges);
          const condition = findCondition(tokens, a, b);
          const segTimes = times.filter((t) => contains(span, t.start, t.end));
          const event =
            events.find(
              (e) => contains(span, e.trigger.start, e.trigger.end) && UNREALISED.has(e.modality),
            ) ?? null;
          forecasts.push({
            ...span,
            ...FORECASTS,
            rules: segCues.map((c) => c.rule),
            confidence: speakerQuote ? 0.8 : 0.7,
            id: `f${forecasts.length + 1}`,
            speaker: speakerQuote?.speaker ?? sayer?.speaker ?? null,
            speakerEntityId: speakerQuote?.speakerEntityId ?? sayer?.entityId ?? null,
            speakerName: speakerQuote ? speakerQuote.speakerName : (sayer?.name ?? outlet),
            event: {
              type: event?.type ?? null,
              cameo: event?.cameo ?? null,
              eventId: event?.id ?? null,
              summary: span.text,
            },
            window: forecastWindow(published, segTimes, tokens, a, b, lexicon),
            hedges: hedges.words,
            probability: hedges.probability,
            condition: condition
              ? spanOf(doc.text, tokens[condition[0]].start, tokens[condition[1]].end)
              : null,
            quoteId: speakerQuote?.id ?? null,
          });
        }
      }
      doc.layers.forecasts = forecasts;
      doc.producedBy.forecasts = FORECASTS;
    },
  };
}
