/** A Document as a report a person reads in a terminal: metadata, then one short section per layer. */
import type { Document } from '../model/document.js';

const clip = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function section(title: string, lines: string[]): string[] {
  return ['', `## ${title}`, ...(lines.length ? lines : ['(none)'])];
}

export function documentReport(doc: Document): string {
  const { meta, layers } = doc;
  const out: string[] = [`# ${meta.title ?? '(untitled)'}`];
  if (meta.subtitle) out.push(meta.subtitle);
  out.push('');
  out.push(`id:        ${doc.id}`);
  out.push(`authors:   ${meta.authors.join(', ') || '(none)'}`);
  const p = meta.published;
  out.push(`published: ${p ? `${p.local} (${p.precision}; zone ${p.zone ?? 'unknown'})` : '(unknown)'}`);
  if (meta.source) out.push(`source:    ${meta.source}`);
  if (meta.url) out.push(`url:       ${meta.url}`);
  if (meta.origin) out.push(`origin:    ${meta.origin}`);
  for (const d of doc.diagnostics) out.push(`note:      ${d.code} ${d.message}`);

  const paragraphs = layers.paragraphs ?? [];
  out.push(
    ...section(
      'Paragraphs',
      paragraphs.map(
        (x) =>
          `${String(x.index).padStart(2)} ${x.role}${x.boilerplate ? `/${x.boilerplate}` : ''}: ${clip(x.text, 90)}`,
      ),
    ),
  );

  const mentionsOf = new Map<string, string[]>();
  for (const m of layers.mentions ?? []) {
    if (!m.entityId) continue;
    const list = mentionsOf.get(m.entityId) ?? [];
    list.push(m.text);
    mentionsOf.set(m.entityId, list);
  }
  out.push(
    ...section(
      'Entities',
      (layers.entities ?? []).map((e) => {
        const actor = e.actor
          ? ` -> ${e.actor.code}${e.actor.role ? ` (${e.actor.role})` : ''}`
          : e.roleText
            ? ` (${e.roleText})`
            : '';
        const seen = [...new Set(mentionsOf.get(e.id) ?? [])].join(' | ');
        return `${e.id} ${e.type} ${e.name}${actor}  [${seen}]`;
      }),
    ),
  );
  out.push(
    ...section(
      'Times',
      (layers.times ?? []).map((t) => {
        const w = t.window ? ` [${t.window.earliest} .. ${t.window.latest}]` : '';
        return `${t.type} ${JSON.stringify(t.text)} = ${t.value}${w}`;
      }),
    ),
  );
  out.push(
    ...section(
      'Places',
      (layers.places ?? []).map((x) =>
        x.resolved
          ? `${JSON.stringify(x.text)} = ${x.name}, ${x.country ?? '?'} (${x.lat?.toFixed(2)}, ${x.lon?.toFixed(2)}) ${x.featureType ?? ''}`
          : `${JSON.stringify(x.text)} unresolved: ${x.reason ?? ''}`,
      ),
    ),
  );
  out.push(
    ...section(
      'Quotes',
      (layers.quotes ?? []).map(
        (q) =>
          `${q.kind} ${q.speakerName ?? q.speaker?.text ?? '(no speaker)'}${q.cue ? ` [${q.cue.verb}]` : ''}: ${clip(q.text)}`,
      ),
    ),
  );
  out.push(
    ...section(
      'Events',
      (layers.events ?? []).map((e) => {
        const who = `${e.source?.name ?? '?'} -> ${e.target?.name ?? '?'}`;
        const where = e.location ? ` @ ${e.location.name}` : '';
        const when = e.time ? ` on ${e.time.value}` : '';
        const counts = e.quantities.map((q) => ` ${q.kind}=${q.value}`).join('');
        return `${e.cameo} ${e.type} ${e.modality}: ${who} (${JSON.stringify(e.trigger.text)})${where}${when}${counts}`;
      }),
    ),
  );
  out.push(
    ...section(
      'Forecasts',
      (layers.forecasts ?? []).map((f) => {
        const w = f.window ? ` [${f.window.earliest} .. ${f.window.latest}]` : '';
        const pr = f.probability !== null ? ` p=${f.probability}` : '';
        return `${f.speakerName ?? '(article)'}: ${clip(f.event.summary, 80)}${w}${pr} hedges: ${f.hedges.join(', ') || '-'}`;
      }),
    ),
  );
  return out.join('\n');
}
