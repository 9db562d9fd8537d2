import { appendFileSync, cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../../test/scratch-dir.js';
import { dataDir } from '../paths.js';
import type { ActorBase } from './base.js';
import { buildActorBase, DEFAULT_MIN_CITY_POPULATION, idsOf, loadActorKnowledge } from './load.js';
import { readPrebuiltBase, writePrebuiltIndex } from './prebuilt.js';

/** A copy of the shipped actor data, so the test does not race edits of data/ and may edit its copy. */
function copyOfData(): string {
  const dir = join(scratchDir('actor-index-'), 'actors');
  cpSync(join(dataDir(), 'actors'), dir, { recursive: true });
  return dir;
}

/** Writes the index of `dir` into a temporary file and returns the file. */
function indexOf(dir: string, min = DEFAULT_MIN_CITY_POPULATION): string {
  const file = join(scratchDir('actor-index-'), 'actor-index.bin');
  writePrebuiltIndex(buildActorBase(dir, min), dir, min, file);
  return file;
}

/** The entries of a map sorted by key. */
const sorted = <V>(map: Map<string, V>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/**
 * Every map of a base as arrays, in insertion order (the order is part of what the matchers see), but
 * the three the index keeps as sorted tables, which only look-ups read: in key order.
 */
function contents(base: ActorBase) {
  return {
    names: sorted(base.names.byKey),
    maxWords: sorted(base.names.maxWords),
    possessive: [...(base.names.possessive ?? [])],
    actors: [...base.actors],
    demonyms: [...base.demonyms],
    countries: [...base.countries],
    capsOnly: [...base.capsOnly],
    agents: [...base.agents.byKey],
    agentHeads: [...base.agents.maxWords],
    titles: [...base.titles.byKey],
    titleHeads: [...base.titles.maxWords],
    firstNames: sorted(base.firstNames),
    nameHeads: [...base.nameHeads],
    notNames: [...base.notNames],
  };
}

describe('prebuilt actor index', () => {
  const dir = copyOfData();
  const file = indexOf(dir);

  it('gives the same base as the TSV files, row for row', () => {
    const fromFiles = buildActorBase(dir, DEFAULT_MIN_CITY_POPULATION);
    const fromIndex = readPrebuiltBase(dir, DEFAULT_MIN_CITY_POPULATION, file);
    expect(fromIndex).toBeDefined();
    if (!fromIndex) return;
    expect(contents(fromIndex)).toEqual(contents(fromFiles.base));
    // Agents shared by several phrases stay one object.
    const agentObjects = (b: ActorBase) => new Set([...b.agents.byKey.values()].flat()).size;
    expect(agentObjects(fromIndex)).toBe(agentObjects(fromFiles.base));
    const ids = [
      ...fromFiles.rows.keys(),
      ...fromFiles.cities.keys(),
      'phx:no-such-actor',
      'geo:0',
      'geo:01',
    ];
    expect(fromIndex.lazy.size()).toBe(fromFiles.base.lazy.size());
    for (const id of ids) expect(fromIndex.lazy.take(id), id).toEqual(fromFiles.base.lazy.take(id));
    expect(fromIndex.lazy.size()).toBe(0);
  });

  it('is not used once a data file or the city threshold differs', () => {
    const edited = copyOfData();
    const own = indexOf(edited);
    expect(readPrebuiltBase(edited, DEFAULT_MIN_CITY_POPULATION, own)).toBeDefined();
    expect(readPrebuiltBase(edited, 15000, own)).toBeUndefined();
    const cut = `${own}.cut`;
    writeFileSync(cut, readFileSync(own, 'utf8').slice(0, 5000));
    expect(readPrebuiltBase(edited, DEFAULT_MIN_CITY_POPULATION, cut)).toBeUndefined();
    // A file touched but unchanged (a checkout) fails the quick stamp, and the bytes still agree.
    const regions = join(edited, 'regions.tsv');
    const later = new Date(Date.now() + 60_000);
    utimesSync(regions, later, later);
    expect(readPrebuiltBase(edited, DEFAULT_MIN_CITY_POPULATION, own)).toBeDefined();
    appendFileSync(regions, 'Middle Earth\t-\tLOC\n');
    expect(readPrebuiltBase(edited, DEFAULT_MIN_CITY_POPULATION, own)).toBeUndefined();
    const kb = loadActorKnowledge({ dir: edited, index: own });
    expect(kb.stats.fromIndex).toBe(false);
    expect(idsOf(kb.names, 'middle earth')).toEqual(['reg:middle-earth']);
  });

  it('leaves the user files to the loader: they change the output without a rebuild', () => {
    const withIndex = loadActorKnowledge({ dir, index: file });
    expect(withIndex.stats.fromIndex).toBe(true);
    const userFile = join(scratchDir('actor-index-'), 'mine.tsv');
    writeFileSync(userFile, 'kerry-fix\tPERSON\t-\tUSA\tUSAELI\tJohn Kerry\n');
    const withUser = loadActorKnowledge({ dir, index: file, userFiles: [userFile] });
    expect(withUser.stats.fromIndex).toBe(true);
    expect(idsOf(withUser.names, 'john kerry')).toEqual(['user:kerry-fix']);
    const plain = loadActorKnowledge({ dir, index: false, userFiles: [userFile] });
    expect(withUser.size()).toBe(plain.size());
    expect(withUser.actor('user:kerry-fix')).toEqual(plain.actor('user:kerry-fix'));
  });
});
