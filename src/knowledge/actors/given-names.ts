/**
 * The given-name list, looked up with and without accents. The list is mostly ASCII (Phoenix and
 * first-names.tsv write `jaroslaw`, `zdzislaw`), while news prints the accents (`Jarosław Kaczyński`):
 * a key with letters outside ASCII that misses is tried again folded.
 */
import { foldedKey } from './names.js';
import { LayeredMap, SortedTable } from './sorted-table.js';

export type Gender = 'm' | 'f' | 'u';

export class GivenNames extends LayeredMap<Gender> {
  /** An empty list to fill with `set` (the loader that reads the TSV files). */
  static empty(): GivenNames {
    return new GivenNames(new SortedTable('', (v) => v as Gender));
  }

  override get(key: string): Gender | undefined {
    const found = super.get(key);
    if (found !== undefined) return found;
    const folded = foldedKey(key);
    return folded === undefined ? undefined : super.get(folded);
  }

  override has(key: string): boolean {
    if (super.has(key)) return true;
    const folded = foldedKey(key);
    return folded !== undefined && super.has(folded);
  }
}
