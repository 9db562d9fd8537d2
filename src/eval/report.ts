/** Prints scores as a fixed-width table, one line per measure. */
import type { Prf } from './metrics.js';
import type { Scores } from './score.js';

const f3 = (x: number | null | undefined) =>
  x === null || x === undefined ? 'n/a' : Number.isFinite(x) ? x.toFixed(3) : String(x);

const row = (name: string, m: Prf) =>
  `${name.padEnd(30)} P=${f3(m.p)} R=${f3(m.r)} F1=${f3(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

export function formatScores(title: string, s: Scores): string {
  const out = [`== ${title}  (${s.docs.gold} gold docs; ${s.docs.missing} without output)`];
  if (s.entities) {
    out.push(row('entities exact span+type', s.entities.exact));
    out.push(row('entities coarse (GPE=LOC)', s.entities.coarse));
    out.push(row('entities untyped span', s.entities.untyped));
    out.push(row('entities PERSON+ORG+PLACE', s.entities.focus));
    for (const [t, m] of Object.entries(s.entities.byType)) out.push(row(`  type ${t}`, m));
  }
  if (s.times) {
    out.push(row('times strict (exact span)', s.times.strict));
    out.push(row('times relaxed (overlap)', s.times.relaxed));
    out.push(row('  DATE and TIME only', s.times.datesAndTimes));
    out.push(row('  calendar values only', s.times.calendarOnly));
    out.push(
      `${'times value / type accuracy'.padEnd(30)} value=${f3(s.times.valueAcc)} type=${f3(s.times.typeAcc)} over ${s.times.matched} relaxed pairs`,
    );
  }
  if (s.quotes) {
    out.push(row('quotes (>=50% of gold)', s.quotes.overlap50));
    if (s.quotes.quoted) out.push(row('  in quotation marks only', s.quotes.quoted));
    const marked = s.quotes.quotedInMarkedDocs;
    if (marked && marked.docs < marked.of)
      out.push(row(`  in ${marked.docs}/${marked.of} docs with quotes`, marked));
    const kinds = Object.entries(s.quotes.recallByKind)
      .map(([k, v]) => `${k}=${f3(v)}`)
      .join(' ');
    // A gold set that names no speaker (GUM marks only quotation spans) cannot measure attribution.
    const speakers =
      s.quotes.speakerScored === 0
        ? `not measured: the gold names no speaker (${s.quotes.matched} matched quotes)`
        : `${f3(s.quotes.speakerNamedAcc)} over ${s.quotes.speakerScored} matched quotes with a gold speaker` +
          ` (${f3(s.quotes.speakerAcc)} over all ${s.quotes.matched}, no speaker = no speaker)`;
    out.push(`${'quotes speaker accuracy'.padEnd(30)} ${speakers}; recall by kind ${kinds}`);
  }
  if (s.places) {
    out.push(row('places (overlap)', s.places.overlap));
    out.push(
      `${'places geocoding'.padEnd(30)} acc@161km=${f3(s.places.acc161)} medianKm=${f3(s.places.medianKm)} over ${s.places.geoPairs} matched pairs`,
    );
  }
  if (s.events) for (const [k, m] of Object.entries(s.events)) out.push(row(`events ${k}`, m));
  const single = s.singleEvent;
  if (single) {
    out.push(
      `${'events type accuracy (first)'.padEnd(30)} ${f3(single.typeAccuracy)} over ${single.docs} one-event documents`,
    );
    const types = Object.keys(single.byType).sort();
    const columns = [
      ...new Set([...types, ...Object.values(single.confusion).flatMap((r) => Object.keys(r))]),
    ].sort();
    const w = Math.max(5, ...columns.map((c) => c.length)) + 1;
    out.push(`  confusion (rows gold, columns system's first event):`);
    out.push(`  ${''.padEnd(10)}${columns.map((c) => c.slice(0, w - 1).padStart(w)).join('')}   acc`);
    for (const t of types) {
      const cells = columns.map((c) => String(single.confusion[t]?.[c] ?? '').padStart(w)).join('');
      out.push(`  ${t.padEnd(10)}${cells}  ${f3(single.byType[t].accuracy)}`);
    }
  }
  return out.join('\n');
}
