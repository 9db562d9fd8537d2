/**
 * Sitrep's own time rules: the expressions chrono-node does not read (bare years, decades,
 * centuries, seasons, quarters, durations, sets, vague references, fuzzy windows), and the ones whose
 * resolution depends on news tense (weekdays, `the weekend`, part of day).
 *
 * Each rule is a pattern plus a builder, with an id that lands in the annotation's `rules`. The rules
 * live in rules/ by kind; PRECEDENCE below is the one visible order in which they run, which decides
 * between two matches of the same length.
 */
import type { TimesLexicon } from './lexicon.js';
import { calendarRules } from './rules/calendar.js';
import { eventRules } from './rules/event.js';
import { holidayRule, lexiconRefRule } from './rules/named.js';
import { relativeRules } from './rules/relative.js';
import type { Rule } from './rules/shared.js';
import { spansRules } from './rules/spans.js';

export {
  ANAPHORIC_PERIOD,
  ANAPHORIC_YEAR,
  anaphoricOffset,
  anaphoricYearOffset,
  BEFORE_NAMED,
  PART_OF_NAMED,
} from './rules/relative.js';
export type { Rule } from './rules/shared.js';
export { periodValue } from './rules/shared.js';

/** Rule ids in order of precedence. */
export const PRECEDENCE = [
  'month.modified',
  'month.bare',
  'year.modified',
  'decade',
  'century',
  'year.fiscal',
  'quarter.ordinal',
  'season',
  'period.earlier-later',
  'period.modified',
  'period.rest',
  'period.fuzzy',
  'vague.ago',
  'vague.away',
  'relative.ago',
  'duration.anchored',
  'period.relative',
  'period.financial',
  'period.that',
  'weekend',
  'part-of-day',
  'part-of-day.anaphoric',
  'day.casual',
  'day.anaphoric',
  'day.ordinal',
  'day.anniversary',
  'day.of-month',
  'clock.word',
  'clock.other',
  'holiday',
  'day.event',
  'weekday',
  'set',
  'duration.half',
  'duration',
  'duration.bare-plural',
  'ref.lexicon',
  'year.bare',
];

export function buildRules(lex: TimesLexicon): Rule[] {
  const byId: Record<string, Rule> = {
    ...calendarRules(lex),
    ...relativeRules(lex),
    ...spansRules(lex),
    ...eventRules(lex),
    'ref.lexicon': lexiconRefRule(lex),
  };
  const holidays = holidayRule(lex);
  if (holidays) byId.holiday = holidays;
  const rules = PRECEDENCE.flatMap((id) => (byId[id] ? [byId[id]] : []));
  for (const rule of rules) rule.gate ??= GATES[rule.id];
  return rules;
}

/** Per-rule gates: the one word each rule cannot match without. */
const GATES: Record<string, RegExp> = {
  'month.modified': /early|mid|late|beginning|start|middle|end/i,
  'month.bare': /january|february|march|april|may|june|july|august|september|october|november|december/i,
  'year.modified': /\d{4}/,
  decade: /0s\b|ties\b/i,
  century: /century/i,
  'year.fiscal': /fiscal|FY/,
  'quarter.ordinal': /quarter|half|Q[1-4]/,
  season: /spring|summer|autumn|fall|winter/i,
  'period.earlier-later': /earlier|later/i,
  'period.modified': /beginning|start|middle|end|mid/i,
  'period.rest': /rest|remainder|balance/i,
  'period.fuzzy': /early|late|mid/i,
  'vague.ago': /ago/i,
  'vague.away': /away|from now/i,
  'relative.ago': /ago|from now|hence|earlier|later/i,
  'duration.anchored': /past|last|next|coming|previous|following|first|final/i,
  'period.relative': /week|month|year|quarter|decade|century/i,
  weekend: /weekend/i,
  'period.that': /(?:that|same)\s+(?:year|month|week)/i,
  'period.financial': /year-|quarter|the year/,
  'part-of-day': /morning|afternoon|evening|night/i,
  'part-of-day.anaphoric': /morning|afternoon|evening|night/i,
  'day.casual': /today|yesterday|tomorrow/i,
  'day.anaphoric': /day|date/i,
  'day.ordinal': /day/i,
  'day.anniversary': /anniversa/i,
  'day.of-month': /\d(?:st|nd|rd|th)\b/i,
  'clock.word': /midnight|noon|midday/i,
  'clock.other': /clock|\d{4}\s*(?:GMT|UTC|Z|hours|hrs|local)/i,
  weekday: /day/i,
  set: /every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|once|twice|times|days\b/i,
  duration: /second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur/i,
  'duration.half': /half/i,
  'duration.bare-plural': /days|weeks|months|years|decades|hours/i,
  'year.bare': /\d{4}/,
  'ref.lexicon': /now|current|present|moment|recent|lately|past|future|days|term/i,
};
