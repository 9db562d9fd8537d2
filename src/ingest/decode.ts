/**
 * Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), binary detection, and UTF-8 decoding that
 * never fails: invalid sequences become U+FFFD and the document gets a `W_ENCODING` diagnostic.
 * An HTML page that declares a legacy charset (`windows-1252`, `iso-8859-1` ...) is decoded with it.
 */
import type { Diagnostic } from '../model/document.js';

/** How much of a file's start is inspected to call it binary. */
const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a file without NUL bytes is still binary. */
const CONTROL_SHARE = 0.1;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | null;

export function detectBom(bytes: Uint8Array): Bom {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** NUL bytes, or many control bytes, in the first 8 KB (a UTF-16 file with a BOM is not binary). */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR are text; ESC appears in terminal logs but counts as control here.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE;
}

export interface Decoded {
  text: string;
  diagnostics: Diagnostic[];
}

/** Decodes a whole input. `html` lets a declared `<meta charset>` decide when the bytes are not UTF-8. */
export function decodeBytes(bytes: Uint8Array, origin: string, html = false): Decoded {
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    return { text: new TextDecoder(bom).decode(bytes), diagnostics: [] };
  }
  try {
    return { text: utf8Strict.decode(bytes), diagnostics: [] };
  } catch {
    // not valid UTF-8: fall through
  }
  if (html) {
    const declared = declaredCharset(bytes);
    if (declared) return { text: declared.decode(bytes), diagnostics: [] };
  }
  const text = utf8Lenient.decode(bytes);
  return { text, diagnostics: [encodingWarning(text, origin)] };
}

/** Decodes one line of a JSON Lines file (no BOM handling beyond UTF-8's). */
export function decodeLine(bytes: Uint8Array, origin: string): Decoded {
  try {
    return { text: utf8Strict.decode(bytes), diagnostics: [] };
  } catch {
    const text = utf8Lenient.decode(bytes);
    return { text, diagnostics: [encodingWarning(text, origin)] };
  }
}

function encodingWarning(text: string, origin: string): Diagnostic {
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return {
    code: 'W_ENCODING',
    message: `the input is not valid UTF-8: ${replaced} invalid byte sequence(s) replaced by U+FFFD; re-save it as UTF-8`,
    at: origin,
  };
}

/**
 * The charset a page declares, as a decoder. The WHATWG labels `iso-8859-1`, `latin1`, `ascii` all
 * mean windows-1252, and Node's decoder for them leaves 0x80-0x9F as C1 controls: those 27 bytes
 * (curly quotes, dashes, euro sign) are mapped here.
 */
function declaredCharset(bytes: Uint8Array): { decode(bytes: Uint8Array): string } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const name = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!name || name === 'utf-8' || name === 'utf8') return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(name);
  } catch {
    return null; // a charset Node does not know: decode as UTF-8 with replacements
  }
  if (decoder.encoding !== 'windows-1252') return decoder;
  return {
    decode: (b) =>
      decoder.decode(b).replace(C1_CONTROLS, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c),
  };
}

const C1_CONTROLS = /[\u0080-\u009F]/g;
/** windows-1252 0x80-0x9F; empty strings are the five unassigned bytes. */
// biome-ignore format: a byte table reads best 16 to a row
const WINDOWS_1252_C1 = [
  '\u20AC', '', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '', '\u017D', '',
  '', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '', '\u017E', '\u0178',
];
