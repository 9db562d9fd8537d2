import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../../test/scratch-dir.js';
import { dataDir } from '../paths.js';
import { loadGazetteer, lookup } from './index.js';
import { PlaceNames } from './place-names.js';

/** A cities.tsv-like text sorted by key, and its line offsets (in bytes). */
function table(keys: string[]): { bytes: Uint8Array; lines: Int32Array } {
  const bytes = new TextEncoder().encode(keys.map((k) => `${k}\tName\n`).join(''));
  const lines: number[] = [];
  let at = 0;
  for (const k of keys) {
    lines.push(at);
    at += new TextEncoder().encode(`${k}\tName\n`).length;
  }
  return { bytes, lines: Int32Array.from(lines) };
}

describe('PlaceNames', () => {
  const { bytes, lines } = table(['new delhi', 'new york', 'newark', 'paris', 'paris', 'san josé', 'york']);
  const names = new PlaceNames(bytes, lines);
  names.add('paris', 7);
  names.add('gotham city', 8);

  it('finds every line of a key, then the names added beside them', () => {
    expect(names.get('paris')).toEqual([3, 4, 7]);
    expect(names.get('york')).toEqual([6]);
    expect(names.get('gotham city')).toEqual([8]);
    expect(names.get('new')).toBeUndefined();
    expect(names.get('yorkshire')).toBeUndefined();
    expect(names.has('newark')).toBe(true);
    expect(names.has('pari')).toBe(false);
  });

  it('compares keys with letters beyond ASCII in UTF-8 order', () => {
    expect(names.get('san josé')).toEqual([5]);
    expect(names.has('san jose')).toBe(false);
  });

  it('knows the first words of names of several words', () => {
    expect(names.hasFirstWord('new')).toBe(true);
    expect(names.hasFirstWord('san')).toBe(true);
    expect(names.hasFirstWord('gotham')).toBe(true);
    expect(names.hasFirstWord('newark')).toBe(false);
    expect(names.hasFirstWord('paris')).toBe(false);
  });
});

describe('the loaded gazetteer', () => {
  const gaz = loadGazetteer();
  it('finds cities by their key, and curated names beside them', () => {
    expect(lookup(gaz, 'Springfield').length).toBeGreaterThan(5);
    expect(lookup(gaz, 'Côte d’Ivoire').length).toBeGreaterThan(0);
    expect(lookup(gaz, 'Zzyzxq')).toEqual([]);
    expect(gaz.firstWords.has('santa')).toBe(true);
    expect(gaz.firstWords.has('zzyzxq')).toBe(false);
  });
});

describe('a cities.tsv edited out of key order', () => {
  it('is refused with the file named and what to do', () => {
    const dir = scratchDir('sitrep-places-');
    const places = join(dataDir(), 'places');
    for (const f of readdirSync(places)) if (f !== 'cities.tsv') copyFileSync(join(places, f), join(dir, f));
    const row = (key: string, id: number) => `${key}\t${key}\t1\t2\tFR\t11\tPPL\t500\t${id}\t`;
    const header = 'key\tname\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\tgeonameid\talt';
    writeFileSync(join(dir, 'cities.tsv'), [header, row('paris', 1), row('lyon', 2)].join('\n'));
    expect(() => loadGazetteer(dir)).toThrow(/cities\.tsv.*out of key order.*build-gazetteer/);
    writeFileSync(join(dir, 'cities.tsv'), [header, row('lyon', 2), row('paris', 1)].join('\n'));
    expect(lookup(loadGazetteer(dir), 'Paris').length).toBeGreaterThan(0);
  });
});
