/**
 * A Document as one record of the gold/batch format (`shared/gold/FORMAT.md`): the layers
 * `entities`, `times`, `quotes`, `places`, `events`, `forecasts` with the same names and offsets,
 * so any outside scorer can compare Sitrep's output with gold. Extra fields (entity ids, actor
 * codes, windows, rules) ride along; scorers ignore what they do not know.
 */
import type { Document } from '../model/document.js';

/** Mentions that name something; pronouns and common nouns are coreference, not named entities. */
const NAMED_KINDS = new Set(['name', 'acronym', 'demonym']);

export function toFormatRecord(doc: Document): Record<string, unknown> {
  const { layers, meta } = doc;
  const entityById = new Map((layers.entities ?? []).map((e) => [e.id, e]));
  const record: Record<string, unknown> = {
    id: doc.id,
    title: meta.title,
    published: meta.published?.local ?? null,
  };
  if (layers.mentions) {
    record.entities = layers.mentions
      .filter((m) => NAMED_KINDS.has(m.kind))
      .map((m) => {
        const entity = m.entityId ? entityById.get(m.entityId) : undefined;
        return {
          start: m.start,
          end: m.end,
          type: m.type,
          text: m.text,
          entity: m.entityId,
          name: entity?.name ?? null,
          actor: entity?.actor?.code ?? null,
        };
      });
  }
  if (layers.times) {
    record.times = layers.times.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      window: t.window,
    }));
  }
  if (layers.quotes) {
    record.quotes = layers.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind === 'block' ? 'direct' : q.kind,
      block: q.kind === 'block',
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
      speakerName: q.speakerName,
      cue: q.cue?.verb ?? null,
    }));
  }
  if (layers.places) {
    // Toponyms only: a demonym (`Syrian`) locates an event but is not a place name, and an
    // unresolved name has nothing to score; both stay in the Document's own places layer.
    record.places = layers.places
      .filter((p) => p.resolved && !p.rules.some((r) => r === 'demonym' || r.endsWith('.demonym')))
      .map((p) => ({
        start: p.start,
        end: p.end,
        text: p.text,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        geonameid: p.geonameid,
        featureType: p.featureType,
      }));
  }
  if (layers.events) {
    record.events = layers.events.map((e) => ({
      type: e.type,
      cameo: e.cameo,
      quad: e.quad,
      // Country + first sector (`USAGOV` for `USAGOVLEG`), as PLOVER's gold records code actors;
      // the full codes follow.
      source: e.source?.code ? e.source.code.slice(0, 6) : null,
      target: e.target?.code ? e.target.code.slice(0, 6) : null,
      sourceCode: e.source?.code ?? null,
      targetCode: e.target?.code ?? null,
      modality: e.modality,
      quantities: e.quantities.map((q) => ({ kind: q.kind, value: q.value })),
      trigger: { start: e.trigger.start, end: e.trigger.end },
      time: e.time?.value ?? null,
      place: e.location?.name ?? null,
    }));
  }
  if (layers.forecasts) {
    record.forecasts = layers.forecasts.map((f) => ({
      start: f.start,
      end: f.end,
      speaker: f.speaker ? { start: f.speaker.start, end: f.speaker.end } : null,
      speakerName: f.speakerName,
      event: { type: f.event.type, cameo: f.event.cameo },
      window: f.window ? { earliest: f.window.earliest, latest: f.window.latest } : null,
      hedge: f.hedges.join('; '),
      probability: f.probability,
      condition: f.condition?.text ?? null,
    }));
  }
  return record;
}
