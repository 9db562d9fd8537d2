/** Rules whose words are data: vague references from lexicon.tsv and named days from holidays.tsv. */
import { addDays, type CivilDate, dayDiff } from '../calendar.js';
import type { TimesLexicon } from '../lexicon.js';
import { directionOf } from '../resolve.js';
import { dayValue, refValue } from '../values.js';

import { absolute, type Rule, relative } from './shared.js';

/** Phrases of the lexicon as one alternation, longest first; `(at) present` keeps `at` out of the span. */
export function lexiconRefRule(lex: TimesLexicon): Rule {
  const phrases = [...lex.refs.keys()].sort((a, b) => b.length - a.length);
  const alternatives = phrases.map((p) => {
    const m = /^\((\w+)\)\s*(.+)$/.exec(p);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return m ? `(?<=\\b${esc(m[1])}\\s)${esc(m[2])}` : esc(p);
  });
  const keyOf = new Map<string, string>();
  for (const p of phrases) keyOf.set(p.replace(/^\(\w+\)\s*/, ''), p);
  return {
    id: 'ref.lexicon',
    pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'),
    build(m, ctx) {
      const surface = m[0].toLowerCase().replace(/\s+/g, ' ');
      const entry = lex.refs.get(keyOf.get(surface) ?? surface);
      if (!entry) return null;
      // `now that ...` is a conjunction, not a time; `every now and then` an idiom for `sometimes`.
      const after = ctx.text.slice(m.index + m[0].length).trimStart();
      if (surface === 'now' && /^(?:that|and\s+(?:then|again))\b/i.test(after)) return null;
      // `the future of ozone pollution` is a thing's fate, not a time.
      if (/^the (?:future|past)$/.test(surface) && /^of\b/i.test(after)) return null;
      if (!ctx.hasAnchor || !entry.window)
        return {
          ...refValue(entry.value, null),
          known: ['reference'],
          implied: [],
          anchor: ctx.hasAnchor ? 'publication' : 'none',
          confidence: 0.7,
        };
      const ref = ctx.ref;
      return relative(
        refValue(entry.value, [addDays(ref, entry.window[0]), addDays(ref, entry.window[1])]),
        ['reference'],
        ['window'],
        0.7,
      );
    },
  };
}

/** Named days from holidays.tsv: `Christmas`, `last Thanksgiving`, `Good Friday 2016`. */
export function holidayRule(lex: TimesLexicon): Rule | null {
  if (lex.holidays.size === 0) return null;
  const names = [...lex.holidays.keys()].sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) =>
    n
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['\u2019]")
      .replace(/ /g, '\\s+'),
  );
  return {
    id: 'holiday',
    pattern: new RegExp(
      `\\b(?:(last|next|this)\\s+)?(${alternatives.join('|')})(?:,?\\s+((?:19|20)\\d\\d)|\\s+of\\s+((?:19|20)\\d\\d))?(?![\\w'\u2019-])`,
      'gi',
    ),
    // The gate is the names themselves, so common first words (`new`, `good`, `may`) do not open it.
    gate: new RegExp(`\\b(?:${alternatives.join('|')})`, 'i'),
    build(m, ctx) {
      const name = m[2];
      if (name[0] !== name[0].toUpperCase()) return null; // named days are capitalised
      // `Easter Island`, `Good Friday Agreement`: a capitalised word after it makes a longer name.
      if (/^[A-Z][a-z]/.test(ctx.rawWordAfter(m.index + m[0].length)) && !m[3] && !m[4]) return null;
      // `illustrator Johnnie Christmas`: after a capitalised word in mid-sentence it is a surname.
      const before = ctx.rawWordBefore(m.index);
      const initial = /^\s*\S+\s+$/.test(ctx.text.slice(0, m.index));
      if (
        !m[1] &&
        /^[A-Z][a-z]/.test(before) &&
        !initial &&
        !/^(?:On|By|Since|Until|Till|Before|After|At|In|During|Over|From|Through|Since)$/.test(before)
      )
        return null;
      const rule = lex.holidays.get(
        name
          .toLowerCase()
          .replace(/\u2019/g, "'")
          .replace(/\s+/g, ' '),
      );
      if (!rule) return null;
      const year = m[3] ?? m[4];
      if (year) return absolute(dayValue(rule(+year)), ['holiday', 'year']);
      const ref = ctx.ref;
      const options = [rule(ref.y - 1), rule(ref.y), rule(ref.y + 1)];
      const diff = (c: CivilDate) => dayDiff(c, ref);
      const dir = directionOf(m[1]);
      const tense = ctx.tense(m.index, m.index + m[0].length);
      let pick: CivilDate;
      if (dir === 'this') pick = options[1];
      else if (dir === 'last' || (!dir && tense === 'past'))
        pick = [...options].reverse().find((c) => diff(c) <= (dir ? -1 : 0)) ?? options[0];
      else if (dir === 'next' || tense === 'future')
        pick = options.find((c) => diff(c) >= (dir ? 1 : 0)) ?? options[2];
      else pick = options.reduce((a, b) => (Math.abs(diff(b)) < Math.abs(diff(a)) ? b : a));
      return relative(dayValue(pick), dir ? ['holiday', 'direction'] : ['holiday'], ['year'], 0.8);
    },
  };
}
