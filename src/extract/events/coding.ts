/**
 * From a CAMEO code to the rest of the record: PLOVER type/mode/context, QuadClass, Goldstein score;
 * the verb-verb combination of frames (`agreed to negotiate` -> 036) and the PLOVER reading of acts
 * that have not happened (`will provide aid` -> AGREE, `will attack` -> 138 THREATEN).
 */
import type { CameoKnowledge } from '../../knowledge/cameo/index.js';
import type { Modality } from '../../model/layers.js';

export const QUAD_BY_TYPE: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** GDELT's QuadClass from the CAMEO root (01-05, 06-08, 09-13, 14-20). */
export function gdeltQuad(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export interface Coded {
  cameo: string;
  type: string;
  mode: string | null;
  context: string | null;
  quad: 1 | 2 | 3 | 4;
  goldstein: number | null;
  rules: string[];
}

/** Looks a code up, falling back to its parent (`1831` -> `183` -> root). */
function lookup<V>(map: Map<string, V>, code: string): V | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const v = map.get(c) ?? map.get(`${c}0`);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * PLOVER drops CAMEO 01 (statements) and 02 (appeals). We keep appeals as REQUEST with mode `appeal`
 * (the manual invites documented exceptions); statements make no event.
 */
export function ploverOf(
  k: CameoKnowledge,
  code: string,
): { type: string; mode: string | null; context: string | null } | null {
  const root = rootOf(code);
  if (root === '01') return null;
  if (root === '02') return { type: 'REQUEST', mode: 'appeal', context: null };
  const e = lookup(k.plover, code);
  return e ? { type: e.type, mode: e.mode, context: e.context } : null;
}

const UNREALISED: ReadonlySet<Modality> = new Set(['planned', 'intended', 'predicted']);

export function codeEvent(
  k: CameoKnowledge,
  code: string,
  modality: Modality,
  committed = false,
): Coded | null {
  const rules: string[] = [];
  let cameo = code;
  let plover = ploverOf(k, cameo);
  if (!plover) return null;
  // `will not accept`, `would not meet`: refusing a cooperative act is a rejection (CAMEO 12).
  const root0 = Number(rootOf(cameo));
  if (modality === 'negated' && committed && root0 >= 3 && root0 <= 8) {
    cameo = combine(k, '120', cameo);
    plover = ploverOf(k, cameo) ?? plover;
    rules.push('plover.refusal-as-reject');
  }
  if (UNREALISED.has(modality)) {
    const intent = k.intent.get(rootOf(cameo));
    const applies =
      intent &&
      (intent.when === 'always' ||
        (intent.when === 'commitment' && committed) ||
        (intent.when === 'intent' && (committed || modality === 'intended')));
    if (intent && applies) {
      const mode = plover.mode;
      if (intent.code) {
        cameo = intent.code;
        plover = ploverOf(k, cameo) ?? plover;
      } else {
        plover = { type: intent.type, mode, context: plover.context };
      }
      plover = { ...plover, type: intent.type };
      rules.push(`plover.unrealised-as-${intent.type.toLowerCase()}`);
    }
  }
  return {
    cameo,
    type: plover.type,
    mode: plover.mode,
    context: plover.context,
    quad: QUAD_BY_TYPE[plover.type] ?? gdeltQuad(rootOf(cameo)),
    goldstein: lookup(k.goldstein, cameo) ?? null,
    rules,
  };
}

/** Code of a frame verb (`agree`, `demand`, `refuse`, `threaten`) governing another event. */
export function combine(k: CameoKnowledge, frameCode: string, complementCode: string): string {
  const fr = rootOf(frameCode);
  return (
    k.combinations.get(`${fr}|${complementCode}`) ??
    k.combinations.get(`${fr}|${rootOf(complementCode)}`) ??
    k.combinations.get(`${fr}|*`) ??
    frameCode
  );
}

export const FRAME_ROOTS = new Set(['02', '03', '10', '12', '13']);
