/** The text form of date-bounded roles in the actor TSV files: `USAGOVLEG 1985-01-03..2013-02-01; USAGOV 2013-02-01..`. */
import type { ActorRole } from '../../model/layers.js';

export function formatRoles(roles: ActorRole[]): string {
  if (!roles.length) return '-';
  return roles
    .map((r) => {
      const when = r.from || r.to ? ` ${r.from ?? ''}..${r.to ?? ''}` : '';
      const title = r.title ? ` "${r.title}"` : '';
      return `${r.code}${when}${title}`;
    })
    .join('; ');
}

const ROLE = /^(\S+)(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?(?:\s+"([^"]*)")?$/;

/** Parses the roles column; throws with the bad piece so the loader can name file and line. */
export function parseRoles(field: string): ActorRole[] {
  const f = field.trim();
  if (!f || f === '-') return [];
  return f.split(';').map((piece) => {
    const m = ROLE.exec(piece.trim());
    if (!m) throw new Error(`bad role "${piece.trim()}" (expected CODE [YYYY-MM-DD..YYYY-MM-DD] ["title"])`);
    const role: ActorRole = { code: m[1], from: m[2] ?? null, to: m[3] ?? null };
    if (m[4]) role.title = m[4];
    return role;
  });
}
