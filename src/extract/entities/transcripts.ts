/**
 * Broadcast transcripts and programme listings: speaker labels in capitals at the start of a line
 * (`MATTHEWS:`, `CHRIS MATTHEWS, HOST:`), the roles in them, and the time zone after an airing time
 * (`Aired March 27, 2003 - 19:30 ET`). Capitals make every one of these look like an acronym.
 */
import type { Token } from '../../model/layers.js';
import type { Candidate } from './candidates.js';

/** Roles a transcript writes in capitals in its labels (`HOST:`, `CNN SENIOR ANALYST:`). */
const LABEL_ROLES = new Set([
  'host',
  'co-host',
  'anchor',
  'co-anchor',
  'correspondent',
  'announcer',
  'caller',
  'analyst',
  'reporter',
  'moderator',
  'presenter',
  'guest',
  'commentator',
]);

/** Time zones written after a clock time (`21:00 ET`, `6.04 pm IST`). */
const TIME_ZONES =
  /^(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|CET|CEST|IST|JST|UTC|AEST|AEDT|SAST|EAT|WAT)$/;

/**
 * `MATTHEWS: And the bin Laden tape?`, `CHRIS MATTHEWS, HOST: Five days to go.`: a name in capitals
 * opening a line, before the label's colon (after a comma and its role too), is the speaker, a person
 * (rule `type.speaker-label`), below the headline (`HARDBALL: Can Kerry Still Win Ohio?` names a
 * programme). A role in capitals on such a line names no body (`HOST`, rule `type.label-role`); the body
 * or paper beside it stays (`MSNBC POLITICAL ANALYST`).
 */
export function speakerLabels(cands: Candidate[], text: string): void {
  // How often each surface opens a label line: a place's name there once is a dateline (`KUALA
  // LUMPUR: World number seven ...`), a speaker recurs (`MATTHEWS:` ... `MATTHEWS:`).
  const labelCount = new Map<string, number>();
  for (const m of text.matchAll(/^([A-Z][A-Z.' -]*[A-Z.])(?=[:,])/gm))
    labelCount.set(m[1], (labelCount.get(m[1]) ?? 0) + 1);
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    const surface = text.slice(c.start, c.end);
    if (!/^[A-Z][A-Z.' -]*[A-Z.]$/.test(surface)) continue;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    // The headline is no label (`HARDBALL: Can Kerry Still Win Ohio?`).
    if (lineStart === 0) continue;
    const lineEnd = text.indexOf('\n', c.end);
    const rest = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd);
    const colon = rest.indexOf(':');
    // The label: capitals, commas, brackets and full stops only, up to its colon.
    if (colon < 0 || !/^[A-Z0-9 ,.()'&/-]*$/.test(rest.slice(0, colon))) continue;
    if (LABEL_ROLES.has(surface.toLowerCase())) {
      c.type = 'OTHER';
      c.actorIds = [];
      c.rules.push('type.label-role');
      continue;
    }
    // Only the label's first name, at the line's start, speaks; a place named once there is a dateline.
    if (c.start !== lineStart || c.type === 'PERSON') continue;
    const withRole = rest.slice(0, colon).trim().startsWith(',');
    if ((c.type === 'GPE' || c.type === 'LOC') && !withRole && (labelCount.get(surface) ?? 0) < 2) continue;
    c.type = 'PERSON';
    c.actorIds = [];
    c.rules.push('type.speaker-label');
  }
}

/** `19:30 ET`, `6.04 pm IST`: a time zone after a clock time is no organisation (rule `type.time-zone`). */
export function timeZones(cands: Candidate[], tokens: readonly Token[]): void {
  for (const c of cands) {
    if (c.first !== c.last || !TIME_ZONES.test(tokens[c.first].text)) continue;
    const before = tokens[c.first - 1];
    if (!before || before.sentence !== c.sentence) continue;
    if (!/^\d{1,2}[:.]\d{2}$/.test(before.text) && !/^(?:am|pm|a\.m\.|p\.m\.)$/i.test(before.text)) continue;
    c.type = 'OTHER';
    c.actorIds = [];
    c.rules.push('type.time-zone');
  }
}
