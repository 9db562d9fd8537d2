/**
 * The one key every place name is looked up by: case, accents, dots, apostrophes, hyphens and
 * `Saint`/`St.` folded, so `Côte d'Ivoire`, `Cote dIvoire`, `U.S.` and `US` meet in one hash bucket.
 */

const MARKS = /\p{M}+/gu;
const FOLD: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  œ: 'oe',
};
const DROP = /[.'’‘`]/g;
const SPACE_LIKE = /[-‐‑–—_/,()]+|\s+/g;

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function placeKey(name: string): string {
  // Fast path for the common case (plain ASCII words): lower-casing is the whole job.
  if (PLAIN.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('saint ')
      ? `st ${lower.slice(6)}`
      : lower.startsWith('sainte ')
        ? `ste ${lower.slice(7)}`
        : lower;
  }
  let key = name.normalize('NFD').replace(MARKS, '').toLowerCase();
  // Letters that carry no combining mark to strip (`Diyarbakır`, `Łódź`, `Tromsø`, `Straße`).
  if (/[^\x00-\x7f]/.test(key)) key = key.replace(/[ıłøæßđðþœ]/g, (c) => FOLD[c] ?? c);
  key = key.replace(DROP, '').replace(/&/g, ' and ').replace(SPACE_LIKE, ' ').trim();
  if (key.startsWith('saint ')) key = `st ${key.slice(6)}`;
  else if (key.startsWith('sainte ')) key = `ste ${key.slice(7)}`;
  return key;
}

/** Drops a leading article (`the Gulf` -> `gulf`), for the second try of a lookup. */
export function withoutArticle(key: string): string {
  return key.startsWith('the ') ? key.slice(4) : key;
}
