/**
 * Readers for the PETRARCH/Phoenix dictionary formats (see /work/shared/data/phoenix/dictionaries-format.rst).
 * Used by `scripts/import-phoenix.ts`, which turns them into the compact TSV files under `data/actors/`;
 * the runtime loader never parses Phoenix files itself.
 */
import type { ActorRole } from '../../model/layers.js';

/** One record of an actor dictionary: a primary phrase, its synonyms and its dated codes. */
export interface PhoenixRecord {
  names: string[];
  roles: ActorRole[];
  /** The comment on the primary line (`CountryInfo.txt`, `IGOrulers.txt` mark people). */
  comment: string;
  line: number;
}

/** `850103` -> `1985-01-03`, `130201` -> `2013-02-01`, `20120101` -> `2012-01-01`. */
export function phoenixDate(raw: string): string | null {
  const d = raw.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    // TABARI's two-digit years: the dictionaries reach back to the 1900s and forward to the 2010s.
    const century = yy > 30 ? '19' : '20';
    return `${century}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  }
  return null;
}

/** `[USAGOV >130201]`, `[SYRELI 830101-000101]`, `[AFG]`, `[IGOUNO  <061231]` -> a role; `[---]` -> null. */
export function parseRestriction(inner: string): ActorRole | null {
  const m = /^\s*(\S+)\s*(.*)$/.exec(inner);
  if (!m) return null;
  const code = m[1];
  if (/^-+$/.test(code)) return null;
  const when = m[2].replace(/\s+/g, '');
  if (!when) return { code, from: null, to: null };
  if (when.startsWith('>')) return { code, from: phoenixDate(when.slice(1)), to: null };
  if (when.startsWith('<')) return { code, from: null, to: phoenixDate(when.slice(1)) };
  const range = /^(\d+)-(\d+)$/.exec(when);
  if (range) return { code, from: phoenixDate(range[1]), to: phoenixDate(range[2]) };
  return { code, from: null, to: null };
}

/** Phrase as written (`JAMES_BYRNES_`) -> words (`JAMES BYRNES`). */
function cleanPhrase(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

function splitComment(line: string): [string, string] {
  const i = line.indexOf('#');
  return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1).trim()];
}

function takeRestrictions(body: string, roles: ActorRole[]): string {
  return body.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const role = parseRestriction(inner);
    if (role) roles.push(role);
    return ' ';
  });
}

/** Parses an actors file (`Phoenix.Countries.actors.txt` and the like) into records. */
export function parseActorDictionary(text: string): PhoenixRecord[] {
  const records: PhoenixRecord[] = [];
  let current: PhoenixRecord | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const rawLine = lines[n];
    const [body, comment] = splitComment(rawLine);
    if (!body.trim()) continue;
    if (/^\s/.test(body)) {
      // A date restriction line belongs to the current record.
      if (current) takeRestrictions(body, current.roles);
      continue;
    }
    if (body.startsWith('+')) {
      if (!current) continue;
      const roles: ActorRole[] = [];
      const rest = takeRestrictions(body, roles);
      current.roles.push(...roles);
      // One line may hold several synonyms (`+TAIOAN_ +TAWIAN_`).
      for (const piece of rest.split('+')) {
        const name = cleanPhrase(piece);
        if (name) current.names.push(name);
      }
      continue;
    }
    const roles: ActorRole[] = [];
    const rest = takeRestrictions(body, roles);
    current = { names: [], roles, comment, line: n + 1 };
    const name = cleanPhrase(rest);
    if (name) current.names.push(name);
    records.push(current);
  }
  return records.filter((r) => r.names.length > 0);
}

/** One entry of the agents file after plurals and substitution sets are expanded. */
export interface AgentEntry {
  phrase: string;
  code: string;
  prefix: boolean;
  plural: boolean;
  /** The singular and plural are one form (`police`, written `{}`). */
  mass: boolean;
}

/** Regular plural as the agents format defines it: +S, Y -> IES, SS -> SSES. */
export function regularPlural(word: string): string {
  if (/[^AEIOU]Y$/i.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X)$/i.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** Parses `Phoenix.agents.txt`: `PHRASE {PLURAL} [~CODE]`, with `!SET! = A, B` substitution sets. */
export function parseAgentDictionary(text: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const [body] = splitComment(rawLine);
    const line = body.trim();
    if (!line || line.startsWith('<!--')) continue;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(
        set[1],
        set[2].split(',').map((s) => s.trim()),
      );
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]/.exec(line);
    if (!m) continue;
    const rawCode = m[3].trim();
    if (!rawCode.includes('~')) continue;
    const prefix = rawCode.endsWith('~');
    const code = rawCode.replace('~', '');
    const phrase = m[1].trim();
    const pluralSpec = m[2];
    const marker = /![A-Z]+!/.exec(phrase);
    if (marker && sets.has(marker[0])) {
      // Substituted forms carry their own number, so no plural is generated.
      for (const sub of sets.get(marker[0]) ?? []) {
        const p = cleanPhrase(phrase.replace(marker[0], sub));
        out.push({ phrase: p, code, prefix, plural: /(MEN|S)$/.test(sub), mass: false });
      }
      continue;
    }
    const singular = cleanPhrase(phrase);
    if (!singular) continue;
    const mass = pluralSpec !== undefined && pluralSpec.trim() === '';
    out.push({ phrase: singular, code, prefix, plural: false, mass });
    if (pluralSpec === undefined) {
      const words = singular.split(' ');
      words[words.length - 1] = regularPlural(words[words.length - 1]);
      out.push({ phrase: words.join(' '), code, prefix, plural: true, mass: false });
    } else if (pluralSpec.trim()) {
      out.push({ phrase: cleanPhrase(pluralSpec), code, prefix, plural: true, mass: false });
    }
  }
  return out;
}
