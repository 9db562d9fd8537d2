/**
 * Actor candidates of a sentence: the entities layer's mentions first (with the actor code valid on
 * the date), then, where no mention covers the words, country names and adjectives and generic agents
 * from the Phoenix dictionaries (`Russian plane` -> RUS, `police` -> ---COP, `Israeli soldiers` -> ISRMIL).
 * Actors joined by `and` / `,` form a group, so coordination can distribute.
 */
import type { CameoKnowledge } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import type { Entity, Mention, Quote } from '../../model/layers.js';
import type { SentenceView } from './view.js';

export interface ActorCandidate {
  /** Local token range [start, end). */
  start: number;
  end: number;
  code: string | null;
  entityId: string | null;
  name: string;
  /** Index of the coordination group (`Russia and France`). */
  group: number;
  /** Where it came from: `mention`, `country`, `agent`, `speaker`. */
  via: string;
  /** A bare country adjective before an agent-less noun (`Russian plane`): weaker as a subject. */
  modifierOnly: boolean;
  /** A plural demonym (`Palestinians`): the country as an actor, its civilians (CVL) as a target. */
  people?: boolean;
  /** A person's name (which may have no actor code and still be a doer). */
  person?: boolean;
  /** A city coded with its country: its government as a source (`Washington demanded`), its people as a target. */
  city?: boolean;
}

const PRONOUNS = new Set(['we', 'i', 'us', 'our']);
const PAIR_NOUNS = new Set(['sides', 'parties', 'countries', 'governments', 'camps']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

function tokenAt(view: SentenceView, offset: number, fromStart: boolean): number {
  const t = view.tokens;
  for (let i = 0; i < t.length; i++) {
    if (fromStart ? t[i].start >= offset : t[i].end >= offset) return i;
  }
  return -1;
}

export interface ActorContext {
  mentions: readonly Mention[];
  entities: Map<string, Entity>;
  quotes: readonly Quote[];
}

/** Joins a country code and an agent code the Phoenix way: RUS + MIL = RUSMIL, none + COP = ---COP. */
function combine(country: string | null, agent: string | null): string | null {
  if (country && agent) return country + agent;
  if (agent) return `---${agent}`;
  return country;
}

export function findActors(view: SentenceView, k: CameoKnowledge, ctx: ActorContext): ActorCandidate[] {
  const n = view.norms.length;
  const covered = new Array<boolean>(n).fill(false);
  const out: ActorCandidate[] = [];
  const sStart = view.tokens[0]?.start ?? 0;
  const sEnd = view.tokens[n - 1]?.end ?? 0;

  // `Indonesian Health Ministry`: the entities layer marks the country word and the body as two
  // mentions (rule `name.country+generic-body`); as an actor they are one, that country's sector.
  let bodyCountryAt = -1;
  for (const m of ctx.mentions) {
    if (m.end <= sStart || m.start >= sEnd) continue;
    if (m.rules.includes('name.country+generic-body')) {
      bodyCountryAt = tokenAt(view, m.start, true);
      continue;
    }
    const a = bodyCountryAt >= 0 && m.type === 'ORG' ? bodyCountryAt : tokenAt(view, m.start, true);
    bodyCountryAt = -1;
    let b = tokenAt(view, m.end, false);
    if (a < 0 || b < 0 || b < a) continue;
    b += 1;
    const entity = m.entityId ? ctx.entities.get(m.entityId) : undefined;
    let code = entity?.actor?.code ?? null;
    if (!code && (m.type === 'GPE' || m.type === 'NORP'))
      code = matchPhrase(k.countries, view.norms, a, b)?.value ?? null;
    if (m.kind === 'pronoun' && !code && !entity) continue;
    // `Afghan rebel leaders`, `Moroccan diplomats`: a name with no code of its own (or only its
    // country's) that holds a country word and an agent word is that country's sector.
    if (!code || code.length === 3) code = countryAgentInside(k, view, a, b, code) ?? code;
    // `Palestinians`, `Liberians`: a plural demonym heading its phrase names the people.
    const people =
      m.type === 'NORP' &&
      code?.length === 3 &&
      /[^s]s$/.test(view.norms[b - 1]) &&
      !NOUNISH.has(view.pos[b] ?? '') &&
      !matchPhrase(k.agents, view.norms, b);
    // `Washington`, `Beirut`: a place coded with its country whose actor is not the country itself
    // (`iso:` ids are countries) is a city or a region.
    const city =
      m.type === 'GPE' &&
      code?.length === 3 &&
      !!entity?.actor &&
      !entity.actor.actorId.startsWith('iso:') &&
      !matchPhrase(k.countries, view.norms, a, b);
    for (let i = a; i < b; i++) covered[i] = true;
    out.push({
      start: a,
      end: b,
      code,
      entityId: entity?.id ?? m.entityId,
      name: entity?.name ?? m.text,
      group: -1,
      via: 'mention',
      modifierOnly: false,
      people,
      city,
      person: m.type === 'PERSON',
    });
  }

  dropShadowedMentions(out);

  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    const country = matchPhrase(k.countries, view.norms, i);
    // Two- and three-letter country names must be written in capitals (`US`, not `us`).
    const countryOk = country && (view.norms[i].length > 3 || /^[A-Z.]+$/.test(view.tokens[i].text));
    if (countryOk && country && view.pos[i] !== 'VERB') {
      let j = i + country.length;
      // `Sudan's government`, `Iraq's interim government`, `Israeli military`
      let aj = j;
      if (view.norms[aj] === "'s") aj++;
      while (aj < n && aj < j + 3 && view.pos[aj] === 'ADJ' && !matchPhrase(k.agents, view.norms, aj)) aj++;
      const agent = aj < n && !covered[aj] ? matchPhrase(k.agents, view.norms, aj) : null;
      if (agent) {
        j = aj;
        out.push({
          start: i,
          end: j + agent.length,
          code: combine(country.value, agent.value),
          entityId: null,
          name: textOf(view, i, j + agent.length),
          group: -1,
          via: 'country+agent',
          modifierOnly: false,
        });
        for (let x = i; x < j + agent.length; x++) covered[x] = true;
        i = j + agent.length - 1;
        continue;
      }
      // `Russian plane`: the country adjective names whose thing it is.
      let end = j;
      // Not over an event word (`Iran attacks Iraq`, `the French know`).
      const modifier =
        j < n &&
        NOUNISH.has(view.pos[j]) &&
        view.pos[j] !== 'PROPN' &&
        !k.nominals.has(view.norms[j]) &&
        !k.verbs.has(view.norms[j]);
      if (modifier) end = j + 1;
      out.push({
        start: i,
        end,
        code: country.value,
        entityId: null,
        name: textOf(view, i, end),
        group: -1,
        via: 'country',
        modifierOnly: modifier,
      });
      for (let x = i; x < end; x++) covered[x] = true;
      i = end - 1;
      continue;
    }
    const agent =
      NOUNISH.has(view.pos[i]) || view.pos[i] === 'ADJ' ? matchPhrase(k.agents, view.norms, i) : null;
    // An agent word inside a name (`Islamic State`) is no generic agent.
    const inName =
      agent?.length === 1 &&
      /(ic|ian|ist|ish|an)$/.test(view.norms[i]) &&
      view.pos[i + 1] === 'PROPN' &&
      /^[A-Z]/.test(view.tokens[i].text);
    if (agent && !inName && NOUNISH.has(view.pos[i + agent.length - 1])) {
      // A country mention just before (`Israeli` tagged by the entities layer) lends its code.
      // ... also across a possessive and adjectives (`Poland's parliament`, `Iraq's interim government`).
      let back = i;
      // Noun modifiers too (`Israeli intelligence officials`).
      while (
        back > 0 &&
        (view.pos[back - 1] === 'ADJ' || view.pos[back - 1] === 'NOUN' || view.norms[back - 1] === "'s") &&
        i - back < 3
      )
        back--;
      const prev = out.find(
        // A country, or an international organisation (`UN peacekeepers` -> IGOUNO + MIL).
        (c) =>
          (c.end === i || c.end === back) &&
          c.via === 'mention' &&
          !!c.code &&
          (c.code.length === 3 || (c.code.startsWith('IGO') && c.code.length === 6)),
      );
      // `Israeli intelligence officials`: the head noun of an actor that already has its sector joins
      // it (the first agent word names the sector, as in Phoenix).
      const sectored = prev
        ? null
        : out.find((c) => c.end === i && c.code && c.code.length >= 6 && NOUNISH.has(view.pos[i - 1]));
      if (prev) {
        prev.end = i + agent.length;
        prev.code = combine(prev.code, agent.value);
        prev.name = textOf(view, prev.start, prev.end);
      } else if (sectored) {
        sectored.end = i + agent.length;
        sectored.name = textOf(view, sectored.start, sectored.end);
      } else {
        out.push({
          start: i,
          end: i + agent.length,
          code: combine(null, agent.value),
          entityId: null,
          name: textOf(view, i, i + agent.length),
          group: -1,
          via: 'agent',
          modifierOnly: false,
        });
      }
      for (let x = i; x < i + agent.length; x++) covered[x] = true;
      i += agent.length - 1;
      continue;
    }
    // `we` inside a quotation is its speaker.
    if (PRONOUNS.has(view.norms[i])) {
      const q = ctx.quotes.find(
        (q) => q.start <= view.tokens[i].start && view.tokens[i].end <= q.end && q.speakerEntityId,
      );
      const e = q?.speakerEntityId ? ctx.entities.get(q.speakerEntityId) : undefined;
      if (e)
        out.push({
          start: i,
          end: i + 1,
          code: e.actor?.code ?? null,
          entityId: e.id,
          name: e.name,
          group: -1,
          via: 'speaker',
          modifierOnly: false,
        });
    }
  }
  // `the two sides`, `both parties`: the pair last named together (resolved by the caller).
  for (let i = 0; i + 1 < n; i++) {
    const pair =
      (view.norms[i] === 'both' || (view.norms[i] === 'two' && view.norms[i - 1] === 'the')) &&
      PAIR_NOUNS.has(view.norms[i + 1]);
    if (pair && !covered[i] && !covered[i + 1]) {
      const start = view.norms[i] === 'two' ? i - 1 : i;
      out.push({
        start,
        end: i + 2,
        code: null,
        entityId: null,
        name: textOf(view, start, i + 2),
        group: -1,
        via: 'pair',
        modifierOnly: false,
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  lendCountryAcrossIn(view, out);
  assignGroups(view, out);
  return out;
}

/** Country + first agent word inside tokens [a, b) (the country given, or the first country word). */
function countryAgentInside(
  k: CameoKnowledge,
  view: SentenceView,
  a: number,
  b: number,
  known: string | null,
): string | null {
  let country = known;
  let from = a;
  if (!country) {
    for (let i = a; i < b && !country; i++) {
      const c = matchPhrase(k.countries, view.norms, i, b);
      if (c) {
        country = c.value;
        from = i + c.length;
      }
    }
  }
  if (!country) return null;
  for (let i = from; i < b; i++) {
    if (!NOUNISH.has(view.pos[i]) && view.pos[i] !== 'ADJ') continue;
    const agent = matchPhrase(k.agents, view.norms, i, b);
    if (agent) return combine(country, agent.value);
  }
  return null;
}

/**
 * Mentions nested in one another (`Afghan rebel leaders` and its `Afghan`): the widest with a code
 * speaks for the words; a wider one without a code yields to the coded one inside it.
 */
function dropShadowedMentions(out: ActorCandidate[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    const outer = out.find(
      (y) => y !== x && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start,
    );
    if (!outer) continue;
    if (outer.code) out.splice(i, 1);
    else {
      out.splice(out.indexOf(outer), 1);
      i = Math.min(i, out.length);
    }
  }
}

/** `Rebels in the Ivory Coast`, `opposition parties in Nepal`: the place after `in` / `of` is the agent's country. */
const LOCATING = new Set(['in', 'of', 'from']);

function lendCountryAcrossIn(view: SentenceView, out: ActorCandidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    if (!a.code?.startsWith('---') || !LOCATING.has(view.norms[a.end] ?? '')) continue;
    const at = view.norms[a.end + 1] === 'the' ? a.end + 2 : a.end + 1;
    const place = out[i + 1];
    if (place.start !== at || !place.code || place.code.length !== 3 || !/^[A-Z]{3}$/.test(place.code))
      continue;
    a.code = place.code + a.code.slice(3);
  }
}

function textOf(view: SentenceView, a: number, b: number): string {
  return view.tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}

/** Actors separated only by `and`, `or` or `,` share a group; bare adjectives borrow the last one's agent. */
function assignGroups(view: SentenceView, actors: ActorCandidate[]): void {
  let group = 0;
  for (let i = 0; i < actors.length; i++) {
    const prev = actors[i - 1];
    const cur = actors[i];
    let joined = false;
    if (prev) {
      const between = view.norms.slice(prev.end, cur.start);
      joined =
        between.length > 0 &&
        between.length <= 2 &&
        between.every((w) => w === 'and' || w === ',' || w === 'or');
    }
    if (!joined) group++;
    cur.group = group;
  }
  // `Hungarian and Romanian officials`: HUN takes GOV from ROUGOV.
  for (let i = 0; i < actors.length - 1; i++) {
    const a = actors[i];
    const last = actors.filter((x) => x.group === a.group).pop();
    if (!last || last === a || !a.code || a.code.length !== 3 || !last.code || last.code.length <= 3)
      continue;
    const adjective = /(an|i|ese|ish|ch)$/.test(view.norms[a.start]);
    if (adjective && a.end - a.start === 1 && !last.code.startsWith('---'))
      a.code = a.code + last.code.slice(3);
  }
}
