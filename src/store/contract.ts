/**
 * The behaviour every Store must have, written once and run against each implementation (SQLite now,
 * PostgreSQL later), as Hono runs one suite against each runtime.
 *
 * It uses node:assert rather than a test framework so it can live beside the interface; a store's test
 * file runs each case: `for (const c of STORE_CONTRACT) it(c.name, () => c.run(factory))`.
 * The factory must return a new, empty store each call; the case closes it.
 */
import assert from 'node:assert/strict';
import type { Document } from '../model/document.js';
import { FULL_TEXT, fullDocument, plainDocument } from './fixtures.js';
import type { Store } from './store.js';

export type StoreFactory = () => Store | Promise<Store>;

export interface ContractCase {
  name: string;
  run(open: StoreFactory): Promise<void>;
}

/** Drops `undefined` fields, as any serialisation would, so deep equality compares content only. */
const plain = (doc: unknown) => JSON.parse(JSON.stringify(doc));

/**
 * Also drops `null` object fields: a store may give back an optional field that was `null` as absent
 * (`role?: Span | null`), and readers must treat both alike (`m.role == null`). Nulls in arrays stay.
 */
const content = (doc: unknown) => JSON.parse(JSON.stringify(doc, (_k, v) => (v === null ? undefined : v)));

async function withStore(open: StoreFactory, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

const ARTICLE_A =
  'Dock workers in Rotterdam went on strike on Tuesday over pay.\n\nThe port authority said talks continue.';
const ARTICLE_B = 'Heavy rain flooded villages along the river delta.\n\nRescue teams reached 300 families.';

/** A copy of `doc` whose layers break a uniqueness rule, so storing it must fail. */
function broken(): Document {
  const doc = fullDocument({ url: 'https://example.org/broken' });
  const bad: Document = { ...doc, id: 'broken', contentHash: 'broken-hash' };
  bad.layers = { ...doc.layers, mentions: [doc.layers.mentions![0], doc.layers.mentions![0]] };
  return bad;
}

export const STORE_CONTRACT: ContractCase[] = [
  {
    name: 'round-trips a document with every layer filled',
    run: (open) =>
      withStore(open, async (store) => {
        const doc = fullDocument();
        const result = await store.putDocuments([doc]);
        assert.equal(result.stored, 1);
        const back = await store.getDocument(doc.id);
        assert.ok(back);
        // a store may leave out tokens (derived data, rebuilt by the text layer); if it keeps them they must match
        if (back.layers.tokens === undefined) {
          delete doc.layers.tokens;
          delete doc.producedBy.tokens;
          delete back.producedBy.tokens;
        }
        assert.deepEqual(content(back), content(doc));
      }),
  },
  {
    name: 'keeps a layer that never ran absent, and an empty layer empty',
    run: (open) =>
      withStore(open, async (store) => {
        const doc = plainDocument(ARTICLE_A);
        doc.layers.quotes = [];
        doc.producedBy.quotes = { component: 'quotes', version: '1' };
        await store.putDocuments([doc]);
        const back = await store.getDocument(doc.id);
        assert.ok(back);
        assert.equal(back.layers.mentions, undefined);
        assert.deepEqual(back.layers.quotes, []);
        assert.equal(await store.getDocument('no-such-id'), null);
      }),
  },
  {
    name: 'stores the same text once, across and within batches, whatever its spacing and quote marks',
    run: (open) =>
      withStore(open, async (store) => {
        const first = await store.putDocuments([plainDocument(ARTICLE_A)]);
        assert.deepEqual([first.stored, first.duplicates], [1, 0]);
        const respaced = ARTICLE_A.replace(/ /g, '  ').replace('pay.', 'pay. ');
        const again = await store.putDocuments([
          plainDocument(ARTICLE_A, { origin: 'copy.txt' }),
          plainDocument(respaced),
          plainDocument(ARTICLE_B),
          plainDocument(ARTICLE_B),
        ]);
        assert.deepEqual([again.stored, again.duplicates, again.updated], [1, 3, 0]);
        assert.equal(again.outcomes[0].id, first.outcomes[0].id);
        assert.equal((await store.stats()).documents, 2);
      }),
  },
  {
    name: 'replaces the older version when the same URL comes with a changed text',
    run: (open) =>
      withStore(open, async (store) => {
        const url = 'https://example.org/strike';
        const v1 = plainDocument(ARTICLE_A, { url });
        const v2 = plainDocument(`${ARTICLE_A}\n\nUpdate: the strike ended on Wednesday.`, { url });
        await store.putDocuments([v1]);
        const result = await store.putDocuments([v2]);
        assert.deepEqual([result.stored, result.updated, result.duplicates], [0, 1, 0]);
        assert.equal(await store.getDocument(v1.id), null);
        assert.equal((await store.getDocument(v2.id))?.text, v2.text);
        assert.equal((await store.stats()).documents, 1);
        const same = await store.putDocuments([plainDocument(v2.text, { url })]);
        assert.equal(same.duplicates, 1);
      }),
  },
  {
    name: 'rolls back a failing batch whole and keeps what earlier batches stored',
    run: (open) =>
      withStore(open, async (store) => {
        const a = plainDocument(ARTICLE_A);
        await store.putDocuments([a]);
        const b = plainDocument(ARTICLE_B);
        await assert.rejects(store.putDocuments([b, broken()]));
        assert.equal(
          await store.getDocument(b.id),
          null,
          'the good document of the failed batch is not kept',
        );
        assert.ok(await store.getDocument(a.id), 'the earlier batch survives');
        assert.equal((await store.stats()).documents, 1);
        const retry = await store.putDocuments([b]);
        assert.equal(retry.stored, 1);
      }),
  },
  {
    name: 'finds documents by full-text search with a snippet, and survives odd query syntax',
    run: (open) =>
      withStore(open, async (store) => {
        await store.putDocuments([
          plainDocument(ARTICLE_A, { title: 'Port strike' }),
          plainDocument(ARTICLE_B),
        ]);
        const hits = await store.search('strike');
        assert.equal(hits.length, 1);
        assert.match(hits[0].snippet, /\[strike\]/i);
        assert.equal(hits[0].title, 'Port strike');
        assert.equal((await store.search('flooded villages')).length, 1);
        assert.equal((await store.search('floods')).length, 1, 'stemmed: floods finds flooded');
        assert.deepEqual(await store.search('"unbalanced -:'), []);
        assert.equal((await store.search('rain" (flooded')).length, 1);
      }),
  },
  {
    name: 'answers quote questions: by speaker and text, and who was quoted most',
    run: (open) =>
      withStore(open, async (store) => {
        await store.putDocuments([fullDocument(), plainDocument(ARTICLE_A)]);
        const bySpeaker = await store.quotes({ speaker: 'berg' });
        assert.equal(bySpeaker.length, 1);
        assert.equal(bySpeaker[0].speakerCode, 'NORGOV');
        assert.equal(bySpeaker[0].documentTitle, FULL_TEXT.split('\n\n')[0]);
        assert.equal((await store.quotes({ speaker: 'Berg', text: 'accord' })).length, 1);
        assert.equal((await store.quotes({ speaker: 'Berg', text: 'strike' })).length, 0);
        assert.equal((await store.quotes({ speakerCode: 'NOR' })).length, 1);
        assert.equal((await store.quotes({ speaker: '%' })).length, 0, 'LIKE wildcards are literal');
        const top = await store.topSpeakers({ since: '2021-03-01', until: '2021-03-02' });
        assert.deepEqual(top, [
          { name: 'Anna Berg', actorId: 'anna-berg', code: 'NORGOV', quotes: 1, documents: 1 },
        ]);
        assert.deepEqual(await store.topSpeakers({ since: '2021-03-03' }), []);
      }),
  },
  {
    name: 'finds documents by actor code prefix and filters events',
    run: (open) =>
      withStore(open, async (store) => {
        const doc = fullDocument();
        await store.putDocuments([doc, plainDocument(ARTICLE_A)]);
        assert.deepEqual(
          (await store.documentsMentioningActor('NORGOV')).map((d) => d.id),
          [doc.id],
        );
        assert.equal((await store.documentsMentioningActor('FINGOV')).length, 1);
        assert.equal((await store.documentsMentioningActor('SWE')).length, 0);

        const all = await store.events();
        assert.deepEqual(
          all.map((e) => [e.id, e.day]),
          [
            ['v1', '2021-03-01'],
            ['v2', '2021-03-02'],
          ],
        );
        assert.deepEqual(plain(all[0].source), plain(doc.layers.events![0].source));
        assert.equal(all[0].sentenceText, doc.layers.sentences![2].text);
        assert.deepEqual(
          (await store.events({ order: 'desc', limit: 1 })).map((e) => e.id),
          ['v2'],
        );
        const ids = async (f: Parameters<Store['events']>[0]) => (await store.events(f)).map((e) => e.id);
        assert.deepEqual(await ids({ actor: 'FIN' }), ['v1', 'v2']);
        assert.deepEqual(await ids({ actor: 'FINGOVMIL' }), ['v2']);
        assert.deepEqual(await ids({ actor: 'berg' }), ['v1']);
        assert.deepEqual(await ids({ cameoRoot: '17' }), ['v2']);
        assert.deepEqual(await ids({ cameoRoot: ['04', '17'], modality: 'asserted' }), ['v1']);
        assert.deepEqual(await ids({ type: 'COERCE' }), ['v2']);
        assert.deepEqual(await ids({ since: '2021-03-02' }), ['v2']);
        assert.deepEqual(await ids({ until: '2021-03-01' }), ['v1']);
        const exported: string[] = [];
        for await (const e of store.exportEvents()) exported.push(e.id);
        assert.deepEqual(exported, ['v1', 'v2']);
      }),
  },
  {
    name: 'summarises actors with their role on the latest date',
    run: (open) =>
      withStore(open, async (store) => {
        const later = fullDocument({
          url: 'https://example.org/later',
          published: { local: '2022-01-10', precision: 'day', zone: null, utc: null, sourceText: null },
        });
        const laterDoc: Document = { ...later, id: 'later', contentHash: 'later-hash' };
        laterDoc.layers.entities = later.layers.entities!.map((e) =>
          e.actor?.actorId === 'anna-berg' ? { ...e, actor: { ...e.actor, role: 'Prime Minister' } } : e,
        );
        await store.putDocuments([fullDocument(), laterDoc]);
        const actors = await store.actors();
        const berg = actors.find((a) => a.actorId === 'anna-berg');
        assert.deepEqual(berg, {
          actorId: 'anna-berg',
          name: 'Anna Berg',
          type: 'PERSON',
          code: 'NORGOV',
          country: 'NOR',
          role: 'Prime Minister',
          documents: 2,
          mentions: 4,
        });
        assert.equal(actors.find((a) => a.name === 'Helsinki')?.actorId, null);
        assert.deepEqual(
          (await store.actors({ types: ['GPE'] })).map((a) => a.name),
          ['Helsinki'],
        );
        assert.equal(
          (await store.actors({ until: '2021-12-31' })).find((a) => a.actorId === 'anna-berg')?.role,
          'Foreign Minister',
        );
        assert.deepEqual(
          (await store.actors({ code: 'FIN' })).map((a) => a.actorId),
          ['fin-coast-guard'],
        );
      }),
  },
  {
    name: 'lists forecasts and records their status changes with evidence',
    run: (open) =>
      withStore(open, async (store) => {
        const doc = fullDocument();
        await store.putDocuments([doc]);
        const open1 = await store.forecasts({ status: 'open' });
        assert.equal(open1.length, 1);
        assert.equal(open1[0].status, 'open');
        assert.deepEqual(
          plain({
            ...open1[0],
            documentId: undefined,
            documentTitle: undefined,
            published: undefined,
            status: undefined,
            statusAt: undefined,
          }),
          plain(doc.layers.forecasts![0]),
        );
        const change = await store.recordForecastStatus({
          documentId: doc.id,
          forecastId: 'f1',
          to: 'fulfilled',
          at: '2021-03-20T00:00:00.000Z',
          evidence: { documentId: doc.id, eventId: 'v1' },
          automatic: true,
          note: 'accord signed',
        });
        assert.equal(change.from, 'open');
        assert.equal((await store.forecasts({ status: 'open' })).length, 0);
        const [f] = await store.forecasts({ status: ['fulfilled', 'failed'] });
        assert.equal(f.statusAt, '2021-03-20T00:00:00.000Z');
        await store.recordForecastStatus({
          documentId: doc.id,
          forecastId: 'f1',
          to: 'open',
          evidence: null,
          automatic: false,
          note: 'analyst reopened',
        });
        const history = await store.forecastHistory(doc.id, 'f1');
        assert.deepEqual(
          history.map((h) => [h.from, h.to, h.automatic, h.evidence?.eventId ?? null]),
          [
            ['open', 'fulfilled', true, 'v1'],
            ['fulfilled', 'open', false, null],
          ],
        );
        await assert.rejects(
          store.recordForecastStatus({
            documentId: doc.id,
            forecastId: 'f9',
            to: 'failed',
            evidence: null,
            automatic: false,
            note: null,
          }),
        );
      }),
  },
  {
    name: 'lists documents newest first within a date range and counts what it holds',
    run: (open) =>
      withStore(open, async (store) => {
        const day = (d: string) => ({
          local: d,
          precision: 'day' as const,
          zone: null,
          utc: null,
          sourceText: null,
        });
        await store.putDocuments([
          plainDocument(ARTICLE_A, { published: day('2020-05-01') }),
          plainDocument(ARTICLE_B, { published: day('2020-05-03') }),
          fullDocument(),
        ]);
        const docs = await store.documents({ since: '2020-05-01', until: '2020-05-02' });
        assert.equal(docs.length, 1);
        assert.equal(docs[0].published, '2020-05-01');
        assert.equal((await store.documents()).length, 3);
        assert.equal(
          (await store.documents({ until: '2021-03-02' })).length,
          3,
          'until includes a timed day',
        );
        const stats = await store.stats();
        assert.deepEqual(
          [stats.documents, stats.quotes, stats.events, stats.forecasts, stats.firstDay, stats.lastDay],
          [3, 1, 2, 1, '2020-05-01', '2021-03-02'],
        );
        const inMay = await store.stats({ since: '2020-05-01', until: '2020-05-31' });
        assert.deepEqual([inMay.documents, inMay.events, inMay.lastDay], [2, 0, '2020-05-03']);
      }),
  },
];
