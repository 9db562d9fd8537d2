/**
 * Days named by what happens on them: `opening night`, `day five` (of a tournament), `the fourth day
 * of the festival`, `the 30th anniversary of ...`. TimeML marks these (the temporal noun is the
 * trigger) and values them when the text says which day it is. The rule gives an unresolved value
 * (`XXXX-XX-XX`, or `XXXX-XX-XXTNI` for a night); index.ts then values it from a date beside it or
 * from the same phrase valued elsewhere in the article (see `resolveEventDays`).
 */
import type { Resolved } from '../context.js';
import type { TimesLexicon } from '../lexicon.js';
import type { PartOfDay } from '../values.js';
import type { Rule } from './shared.js';

/** The value prefix of a day the text does not date. */
export const UNKNOWN_DAY = 'XXXX-XX-XX';

const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth';
const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD})`;
const CARDINAL =
  '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

/** An event day as an unresolved TIMEX3: a night or an evening is a TIME, a day a DATE. */
export function unknownDay(head: string, confidence: number): Resolved {
  const part: PartOfDay | null = /night$/i.test(head) ? 'NI' : /evening$/i.test(head) ? 'EV' : null;
  return {
    type: part ? 'TIME' : 'DATE',
    value: part ? `${UNKNOWN_DAY}T${part}` : UNKNOWN_DAY,
    window: null,
    granularity: part ? 'partofday' : 'day',
    known: ['event'],
    implied: [],
    anchor: 'none',
    confidence,
  };
}

export function eventRules(lex: TimesLexicon): Record<string, Rule> {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const phrases = [...lex.eventDays].sort((a, b) => b.length - a.length).map(esc);
  const rules: Rule[] = [
    {
      // `day five`, `Day 3` (of a tournament, a trial, a strike); `the fourth or fifth day of the festival`
      id: 'day.ordinal',
      pattern: new RegExp(
        `\\b(?:[Dd]ay\\s+(${CARDINAL})\\b(?![-:.,]?\\d|\\s+(?:of\\s+the\\s+week|after|before|and\\s+night)\\b)|the\\s+(${ORDINAL})(?:\\s+or\\s+(${ORDINAL}))?\\s+day(?=\\s+of\\b))`,
        'gi',
      ),
      build(m, ctx) {
        // `day one` as an idiom (`from day one`) and `a day five times` are not a numbered day.
        if (m[1] && /^one$/i.test(m[1]) && /^(?:from|since)$/.test(ctx.wordBefore(m.index))) return null;
        // `the day two soldiers died`, `that day ten people`: a count after a determined `day`.
        if (
          m[1] &&
          /^(?:a|an|per|every|each|the|that|this|one|same|next|last|whole|all|any|some|which|every)$/.test(
            ctx.wordBefore(m.index),
          )
        )
          return null;
        return unknownDay('day', 0.6);
      },
    },
    {
      // `the 30th anniversary of the first shuttle launch`: the day the event recurs on
      id: 'day.anniversary',
      // `anniversay` is a frequent misspelling in news copy.
      pattern: new RegExp(`\\b(?:the\\s+)?(${ORDINAL})\\s+anniversa(?:r)?y\\b`, 'gi'),
      build() {
        return unknownDay('day', 0.5);
      },
    },
  ];
  if (phrases.length) {
    rules.push({
      // `opening night`, `the opening night`, `polling day` (data/times/lexicon.tsv, kind event-day)
      id: 'day.event',
      pattern: new RegExp(`\\b(?:the\\s+)?(${phrases.join('|')})\\b(?![-\\w])`, 'gi'),
      gate: new RegExp(`\\b(?:${phrases.join('|')})`, 'i'),
      build(m) {
        return unknownDay(m[1], 0.6);
      },
    });
  }
  return Object.fromEntries(rules.map((r) => [r.id, r]));
}
