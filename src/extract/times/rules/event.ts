/**
 * Days named by what happens on them: `opening night`, `day five` (of a tournament), `the fourth day
 * of the festival`, `the 30th anniversary of ...`. TimeML marks these (the temporal noun is the
 * trigger) and values them when the text says which day it is. The rule gives an unresolved value
 * (`XXXX-XX-XX`, or `XXXX-XX-XXTNI` for a night); index.ts then values it from a date beside it or
 * from the same phrase valued elsewhere in the article (see `resolveEventDays`).
 */
import type { Resolved } from '../context.js';
import { hasWord, type TimesLexicon } from '../lexicon.js';
import type { PartOfDay } from '../values.js';
import { ORDINAL, SMALL_CARDINAL } from '../words.js';
import type { Rule } from './shared.js';

/** The value prefix of a day the text does not date. */
export const UNKNOWN_DAY = 'XXXX-XX-XX';

/** Determiners and quantifiers after which `day two` is a count (`the day two soldiers died`). */
const COUNT_BEFORE_DAY = new Set(
  'a an per every each the that this one same next last whole all any some which'.split(' '),
);

/** Words that end a noun phrase: the `of` phrase is read up to the next preposition or conjunction. */
const PHRASE_END = /^(?:of|in|on|at|for|with|by|to|from|and|or|but|as|when|while|that|which)$/i;

/**
 * The words of an `of` phrase right after `end`, up to six and up to the next preposition
 * (`of the 2018 FIFA football World Cup`, `of the rest`), or null when no `of` follows.
 */
export function ofPhraseWords(text: string, end: number): string[] | null {
  const m = /^\s+of\s+((?:[\w'-]+\s*){1,6})/i.exec(text.slice(end, end + 80));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  const stop = words.findIndex((w) => PHRASE_END.test(w));
  return stop < 0 ? words : words.slice(0, stop);
}

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
        `\\b(?:[Dd]ay\\s+(${SMALL_CARDINAL})\\b(?![-:.,]?\\d|\\s+(?:of\\s+the\\s+week|after|before|and\\s+night)\\b)|the\\s+(${ORDINAL})(?:\\s+or\\s+(${ORDINAL}))?\\s+day(?=\\s+of\\b))`,
        'gi',
      ),
      build(m, ctx) {
        // `day one` as an idiom (`from day one`) and `a day five times` are not a numbered day.
        if (m[1] && /^one$/i.test(m[1]) && /^(?:from|since)$/.test(ctx.wordBefore(m.index))) return null;
        // `the day two soldiers died`, `that day ten people`: a count after a determined `day`.
        if (m[1] && COUNT_BEFORE_DAY.has(ctx.wordBefore(m.index))) return null;
        // `day one of the trial` is a dated day; `Day 1 of a new era`, `the first day of the rest of
        // my life` are figures of speech: an `of` phrase must name an event (lexicon kind event-noun).
        const of = ofPhraseWords(ctx.text, m.index + m[0].length);
        if (of && !of.some((w) => hasWord(ctx.lex, 'event-noun', w))) return null;
        return unknownDay('day', 0.6);
      },
    },
    {
      // `the 30th anniversary of the first shuttle launch`: the day the event recurs on
      id: 'day.anniversary',
      pattern: new RegExp(`\\b(?:the\\s+)?(${ORDINAL})\\s+anniversary\\b`, 'gi'),
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
