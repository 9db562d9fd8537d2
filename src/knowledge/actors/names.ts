/**
 * Name keys: the one normal form under which dictionary names and document text are compared.
 * Lower case, dots dropped (`U.S.` = `US`), hyphens, underscores and spaces folded to one space
 * (`al-Qaeda` = `AL_QAEDA` = `al Qaeda`), apostrophes kept out of keys (`DA'ESH` = `Daesh`).
 */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function nameKey(s: string): string {
  // Fast path: most names are plain letters and single spaces.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(/[.\u2019'`]/g, '')
    .replace(/[\s_\-\u2010-\u2014]+/g, ' ')
    .trim();
}

/** The first word of a key, the hash bucket of the matcher. */
export function firstWord(key: string): string {
  const i = key.indexOf(' ');
  return i < 0 ? key : key.slice(0, i);
}

export function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    // a slash parts two words too (`rfe/rl`)
    if (c === 32 || c === 47) n++;
  }
  return n;
}

/**
 * A short name that must match capital letters only: up to three letters (`IS`, `AP`, `UN`, `US`),
 * which in lower or title case are English words or letter runs. Longer names written in capitals
 * by a proper-case source (`UNICEF`, `NATO` in the user file) are caps-only too: see `capsOnly`.
 */
export function isAcronymKey(key: string): boolean {
  return /^[a-z]{1,3}$/.test(key);
}

/** A name as written in a proper-case source, all in capitals (`UNICEF`, `ISIL`, `U.S.`). */
export function writtenInCapitals(name: string): boolean {
  return /^[A-Z][A-Z.&]+$/.test(name.replace(/\s+/g, ''));
}

/** Letters that Unicode decomposition leaves whole, written as English text writes them. */
const PLAIN_LETTER: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

/**
 * A key without its accents (`brasília` -> `brasilia`, `łódź` -> `lodz`), as English-language news
 * often writes foreign names; `undefined` when the key has none.
 */
export function foldedKey(key: string): string | undefined {
  if (!/[^\x00-\x7f]/.test(key)) return undefined;
  const folded = key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđßæœıþ]/g, (c) => PLAIN_LETTER[c]);
  return folded === key ? undefined : folded;
}
