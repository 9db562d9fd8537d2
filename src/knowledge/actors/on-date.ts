/** Which CAMEO code an actor carries on a given day, from its date-bounded roles. */
import type { ActorLink, ActorRole } from '../../model/layers.js';
import type { ActorKnowledge } from './types.js';

/**
 * The role valid on `isoDate` (`2015-11-17`, or any ISO prefix of a date-time): the last dated role
 * whose range holds the date (bounds inclusive, as in Phoenix), else the last undated (default) role,
 * else, with no date, the newest dated role.
 */
export function roleOnDate(roles: ActorRole[], isoDate: string | null): ActorRole | null {
  if (!roles.length) return null;
  const day = isoDate ? isoDate.slice(0, 10) : null;
  let fallback: ActorRole | null = null;
  let match: ActorRole | null = null;
  let newest: ActorRole | null = null;
  for (const r of roles) {
    if (r.from === null && r.to === null) {
      fallback = r;
      continue;
    }
    if (!newest || (r.from ?? '') >= (newest.from ?? '')) newest = r;
    if (day && (r.from === null || r.from <= day) && (r.to === null || day <= r.to)) match = r;
  }
  if (match) return match;
  if (fallback) return fallback;
  return day ? null : newest;
}

/** The actor as linked on a date, or null when the id is unknown. */
export function actorOnDate(kb: ActorKnowledge, actorId: string, isoDate: string | null): ActorLink | null {
  const actor = kb.actor(actorId);
  if (!actor) return null;
  const role = roleOnDate(actor.roles, isoDate);
  return {
    actorId: actor.id,
    name: actor.names[0],
    code: role?.code ?? actor.country ?? '',
    country: actor.country,
    role: role?.title ?? null,
    wikidata: actor.wikidata,
  };
}

/** True when the actor has a role on that day (a dated one, or a default). */
export function validOn(kb: ActorKnowledge, actorId: string, isoDate: string | null): boolean {
  const actor = kb.actor(actorId);
  return !!actor && (actor.roles.length === 0 || roleOnDate(actor.roles, isoDate) !== null);
}
