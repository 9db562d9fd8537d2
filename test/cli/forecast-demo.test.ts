/**
 * The forecast-ledger demonstration (`npm run demo:forecasts`): the seed article, then the follow-up
 * articles of samples/followups, and what the ledger makes of the seed's forecasts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { StoredForecast } from '../../src/store/store.js';
import { SEED_ARTICLE } from '../seed-path.js';

const FOLLOWUPS = fileURLToPath(new URL('../../samples/followups', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-demo-'));
const db = join(dir, 'demo.db');
let forecasts: StoredForecast[] = [];
const history = new Map<string, { to: string; note: string | null; evidence: string | null }>();

const quiet = () => ({
  stdout: new PassThrough(),
  stderr: new PassThrough(),
  stdin: new PassThrough(),
  interactive: false,
});

beforeAll(async () => {
  expect(await main(['ingest', SEED_ARTICLE, '--db', db, '--workers', '0'], quiet())).toBe(0);
  expect(await main(['ingest', FOLLOWUPS, '--db', db, '--workers', '0'], quiet())).toBe(0);
  const store = openSqliteStore(db);
  forecasts = await store.forecasts({ limit: 100 });
  for (const f of forecasts) {
    const last = (await store.forecastHistory(f.documentId, f.id)).at(-1);
    if (last)
      history.set(f.text, { to: last.to, note: last.note, evidence: last.evidence?.documentId ?? null });
  }
  const titles = new Map((await store.documents({ limit: 10 })).map((d) => [d.id, d.title]));
  for (const h of history.values()) if (h.evidence) h.evidence = titles.get(h.evidence) ?? h.evidence;
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decision = (start: string) => [...history].find(([text]) => text.startsWith(start))?.[1];

describe('forecast ledger demonstration', () => {
  it("judges Kerry's 'weeks away' ceasefire failed: the cessation of hostilities came seven weeks late", () => {
    const d = decision('John Kerry Says Ceasefire');
    expect(d?.to).toBe('failed');
    expect(d?.note).toMatch(/happened on 2016-02-27, 46 days after the window closed/);
    expect(d?.evidence).toBe('Syria Ceasefire Takes Effect After Five Years of War');
  });

  it('checks the Saudi-hosted meeting planned for mid-December against the Riyadh conference', () => {
    const d = decision('Saudi Arabia is set to host');
    expect(d?.to).toBe('fulfilled');
    expect(d?.evidence).toBe('Syrian Opposition Groups Meet in Riyadh and Agree to Negotiate With Damascus');
  });

  it('fulfils the conditional forecast of negotiations with the Geneva talks', () => {
    const d = decision('If all goes as planned');
    expect(d?.to).toBe('fulfilled');
    expect(d?.evidence).toBe('UN-Led Syria Talks Open in Geneva');
  });
});
