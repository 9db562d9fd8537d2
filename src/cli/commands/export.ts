import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { csvHeader, gdeltHeader, toCsvRow, toGdeltRow, toPloverRecord } from '../../export/index.js';
import type { Document } from '../../model/document.js';
import type { EventRecord, Modality } from '../../model/layers.js';
import { openStore } from '../../store/open.js';
import { checkRange, RANGE_OPTIONS, STORE_OPTIONS } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { RecentCache } from '../recent-cache.js';

const FORMATS = ['gdelt', 'plover', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

const usage = `usage: sitrep export --format gdelt|plover|csv|geojson [options]

Writes the stored events in a format of the field, in timeline order:
  gdelt    GDELT 2.0 event table columns that apply, tab-separated, SOURCEURL then Sitrep's provenance
           columns (document, sentence, trigger, modality, rules); --header adds the column names
  plover   PLOVER JSON records, one per line
  csv      one row per event with actors, codes, modality, time, place and counts
  geojson  a FeatureCollection of the events that have coordinates (Point features)

options:
  --db FILE          the store (default sitrep.db)
  --since DATE, --until DATE   event days, inclusive
  --actor CODE       actor code prefix on either side (e.g. SYRGOV) or part of a name
  --modality M[,M]   e.g. asserted,reported (default: every modality; predicted and planned
                     events are marked as such in every format, never as having happened)
  --out FILE         write there instead of standard output
  --header           gdelt: a first line with the column names`;

function geoFeature(event: EventRecord, doc: Document): string | null {
  const loc = event.location;
  if (!loc || loc.lat === null || loc.lon === null) return null;
  return JSON.stringify({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: {
      document: doc.id,
      event: event.id,
      date: event.time?.window?.earliest ?? doc.meta.published?.local?.slice(0, 10) ?? null,
      cameo: event.cameo,
      plover: event.type,
      quad: event.quad,
      modality: event.modality,
      source: event.source?.code ?? event.source?.name ?? null,
      target: event.target?.code ?? event.target?.name ?? null,
      place: loc.name,
      country: loc.country,
      geoPrecision: loc.precision,
      killed: event.quantities.find((q) => q.kind === 'killed')?.value ?? null,
      url: doc.meta.url,
    },
  });
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export stored events as GDELT-style TSV, PLOVER JSON, CSV or GeoJSON',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        ...STORE_OPTIONS,
        ...RANGE_OPTIONS,
        actor: { type: 'string' },
        modality: { type: 'string' },
        out: { type: 'string' },
        header: { type: 'boolean' },
      },
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const range = checkRange(values);
    const store = openStore(values.db, { mustExist: true });
    const out = values.out ? createWriteStream(values.out) : io.stdout;
    // Events come in timeline order, so one document's events may be far apart: keep the documents
    // met most recently, not every document of the store.
    const docs = new RecentCache<string, Document | null>(256);
    let written = 0;
    try {
      if (format === 'gdelt' && values.header) out.write(`${gdeltHeader()}\n`);
      if (format === 'csv') out.write(`${csvHeader()}\n`);
      if (format === 'geojson') out.write('{"type":"FeatureCollection","features":[\n');
      const filter = {
        ...range,
        actor: values.actor,
        modality: values.modality ? (values.modality.split(',') as Modality[]) : undefined,
      };
      for await (const event of store.exportEvents(filter)) {
        let doc = docs.get(event.documentId);
        if (doc === undefined) {
          doc = await store.getDocument(event.documentId);
          docs.set(event.documentId, doc);
        }
        if (!doc) continue;
        if (format === 'gdelt') out.write(`${toGdeltRow(event, doc)}\n`);
        else if (format === 'plover') out.write(`${JSON.stringify(toPloverRecord(event, doc))}\n`);
        else if (format === 'csv') out.write(`${toCsvRow(event, doc)}\n`);
        else {
          const feature = geoFeature(event, doc);
          if (!feature) continue;
          out.write(`${written ? ',\n' : ''}${feature}`);
        }
        written++;
      }
      if (format === 'geojson') out.write('\n]}\n');
    } finally {
      await store.close();
      if (values.out) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(() => done()));
    }
    io.stderr.write(`exported ${written} event(s) as ${format}\n`);
    return 0;
  },
};
