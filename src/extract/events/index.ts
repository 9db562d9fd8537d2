/**
 * The events component: who did what to whom, coded in CAMEO and PLOVER, with modality.
 *
 * Per sentence: actors (mentions, else countries and generic agents) -> triggers (dictionary verbs with
 * their best pattern, nominal events) -> frames (`agreed to negotiate`, `threatened to attack`) and
 * support verbs (`made a visit`, `claimed responsibility for attacks`) -> roles (subject/object) ->
 * modality -> CAMEO/PLOVER coding -> place, time, casualty counts. Then the same event said twice in
 * the article is merged into one record with several mentions.
 */
import type { CameoKnowledge } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import { spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type {
  Entity,
  EventActor,
  EventRecord,
  Modality,
  Quantity,
  QuantityKind,
} from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { ensureParsed } from '../../syntax/index.js';
import { WEEKDAY_NAMES } from '../../text/calendar-words.js';
import { type ActorCandidate, findActors } from './actors.js';
import { codeEvent, combine, FRAME_ROOTS, rootOf } from './coding.js';
import { locate, when } from './context.js';
import { mergeEvents } from './merge.js';
import { readModality } from './modality.js';
import { findQuantities, type QuantityHit } from './quantities.js';
import { type Candidate, selectMainEvents } from './select.js';
import { findRoles, type Roles } from './syntax.js';
import { findTriggers, type NominalTriggerHit, type Trigger, type VerbTrigger } from './triggers.js';
import { makeSentenceView, type SentenceView } from './view.js';

export const EVENTS_COMPONENT = { component: 'events', version: '0.1.0' } as const;

/** An event before merging: the record plus what merging needs. */
export interface DraftEvent {
  record: EventRecord;
  /** Lower-case head word of the trigger, to tell `attacks` from `visit` when actors are unknown. */
  headWord: string;
}

/** Day words that make a nominal a specific event when the times layer is absent (`last Friday's attacks`). */
const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  ...WEEKDAY_NAMES.map((day) => `${day}'s`),
  'yesterday',
  "yesterday's",
  "today's",
  "week's",
  "weekend's",
  "month's",
  "night's",
]);
const BILATERAL = new Set(['0871', '046', '040', '036', '045', '057', '044']);
const REDUCED = new Set(['when', 'if', 'once', 'unless', 'while', 'though', 'although', 'as']);
const MATERIAL_CONFLICT = new Set(['14', '15', '17', '18', '19', '20']);
const PREP_TARGET = new Set(['against', 'on', 'with', 'to', 'of', 'at', 'upon', 'into']);
const BETWEEN_ALLOWED = new Set(['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV']);

interface SentenceWork {
  doc: Document;
  k: CameoKnowledge;
  view: SentenceView;
  actors: ActorCandidate[];
  quoted: (i: number) => boolean;
}

/** CAMEO sector codes (the codebook's role layer), as opposed to the organisation codes of IGOs. */
const SECTORS = new Set(
  'GOV MIL REB OPP PTY COP JUD SPY MED HLH EDU BUS CRM CVL REF ELI LEG LAB REL UAF SOC PPL AGR ENV HRI NGO RAD INS'.split(
    ' ',
  ),
);

/**
 * An event actor codes an international organisation as `IGO` + its sector (`IGOMIL` for UN
 * peacekeepers), as the PLOVER gold does; the organisation itself (`UNO`, `WFP`) stays with the
 * entity (its id and name).
 */
export function eventActorCode(code: string | null): string | null {
  if (!code?.startsWith('IGO')) return code;
  for (let i = 3; i + 3 <= code.length; i += 3) {
    const part = code.slice(i, i + 3);
    if (SECTORS.has(part)) return `IGO${part}`;
  }
  return 'IGO';
}

function toEventActor(doc: Document, view: SentenceView, a: ActorCandidate, asTarget = false): EventActor {
  const start = view.tokens[a.start].start;
  const end = view.tokens[a.end - 1].end;
  // `arrested 100 Palestinians`: people named by their demonym undergo an act as civilians (the
  // PLOVER gold's PSECVL); as a source (`Palestinians blamed Israel`) they stand for the country.
  // A city stands for its government when it acts (`Washington demanded`, as PETRARCH codes
  // capitals) and for its people when acted on (`a curfew in Abidjan`).
  let code = a.code;
  if (code && (a.people || a.city) && asTarget) code = `${code}CVL`;
  else if (code && a.city && !asTarget) code = `${code}GOV`;
  code = eventActorCode(code);
  return { ...spanOf(doc.text, start, end), entityId: a.entityId, code, name: a.name };
}

/** Subjects of a clause: the actor before its first verb, else those of the clause it continues. */
function clauseSubjects(w: SentenceWork, c: number, depth = 0): ActorCandidate[] {
  const { view, actors } = w;
  const clause = view.clauses[c];
  if (!clause || depth > 4) return [];
  let v = -1;
  for (let i = clause.start; i < clause.end; i++) {
    if (view.pos[i] === 'VERB' || view.pos[i] === 'AUX') {
      v = i;
      break;
    }
  }
  if (v >= 0) {
    const roles = findRoles(view, actors, v, 1, (p) => clauseSubjects(w, p, depth + 1));
    if (roles.subjects.length) return roles.subjects;
  }
  if (clause.inherits && c > 0) return clauseSubjects(w, c - 1, depth + 1);
  return [];
}

/** `agreed to negotiate`, `demanded that X withdraw`: the complement trigger a frame verb governs. */
function complementOf(view: SentenceView, t: VerbTrigger, triggers: readonly Trigger[]): VerbTrigger | null {
  for (const u of triggers) {
    if (u === t || u.kind !== 'verb' || u.start < t.end) continue;
    const gap = view.norms.slice(t.end, u.start);
    if (gap.length > 10) return null;
    if (gap.includes('to') && gap.length <= 4) return u;
    if (gap[0] === 'that' || (gap.length <= 8 && gap.includes('that'))) return u;
    if (gap.length && gap.every((g, i) => i === 0 || g !== ',') && gap.includes('to')) return u;
    return null;
  }
  return null;
}

/** The support verb before a nominal (`made a surprise visit`, `stepped up its military action`). */
function supportVerbBefore(w: SentenceWork, n: NominalTriggerHit): { start: number; end: number } | null {
  const { view, k } = w;
  const support = k.cues.get('support');
  if (!support) return null;
  const clause = view.clauses[view.clauseOf[n.start]];
  for (let i = n.start - 1; i >= Math.max(clause.start, n.start - 6); i--) {
    const m = matchPhrase(support, view.norms, i, n.start);
    if (m) {
      const between = view.pos.slice(i + m.length, n.start);
      if (between.every((p) => BETWEEN_ALLOWED.has(p))) return { start: i, end: i + m.length };
      return null;
    }
  }
  return null;
}

function firstVerbAt(triggers: readonly Trigger[], start: number, end: number): VerbTrigger | null {
  for (const t of triggers) if (t.kind === 'verb' && t.start >= start && t.end <= end) return t;
  return null;
}

/** Arguments of a nominal event found around the noun itself. */
function nominalArguments(w: SentenceWork, n: NominalTriggerHit) {
  const { view, actors } = w;
  const clause = view.clauses[view.clauseOf[n.start]];
  let source: ActorCandidate[] = [];
  let target: ActorCandidate[] = [];
  const rules: string[] = [];
  let hasArgument = false;
  let placeHint: { start: number; end: number } | null = null;
  // `a ceasefire between X and Y`
  if (view.norms[n.end] === 'between') {
    const g = actors.find((a) => a.start > n.end && a.start <= n.end + 3);
    if (g) {
      const members = actors.filter((a) => a.group === g.group);
      if (members.length >= 2) {
        source = [members[0]];
        target = [members[1]];
      } else {
        source = [g];
        const next = actors.find(
          (a) => a.start > g.end && view.norms[a.start - 1] === 'and' && a.start <= g.end + 4,
        );
        if (next) target = [next];
      }
      rules.push('nominal.between');
      hasArgument = true;
    }
  }
  // `attacks by X`, `attacks on X`, `the bombing of X`
  for (let i = n.end; i < Math.min(clause.end, n.end + 6); i++) {
    const w2 = view.norms[i];
    if (w2 === 'by' && !source.length) {
      const a = actors.find((x) => x.start === i + 1 || x.start === i + 2);
      if (a) {
        source = [a];
        rules.push('nominal.by');
        hasArgument = true;
      }
    } else if (PREP_TARGET.has(w2) && !target.length) {
      const a = actors.find((x) => (x.start === i + 1 || x.start === i + 2) && !x.modifierOnly);
      if (a && !(a.via === 'country' && (w2 === 'in' || w2 === 'at'))) {
        target = actors.filter((x) => x.group === a.group);
        rules.push(`nominal.${w2}`);
        hasArgument = true;
      }
    }
    if (w2 === ',' || w2 === '.' || view.pos[i] === 'VERB') break;
  }
  // Just before the noun: `Israeli air raids` (source), `X's attacks`.
  for (let i = n.start - 1; i >= Math.max(clause.start, n.start - 4); i--) {
    const a = actors.find((x) => x.end === i + 1 || (x.end === i && view.norms[i] === "'s"));
    if (a) {
      const demonym = /(an|i|ese|ish|ch|ic)$/.test(view.norms[a.end - 1]);
      const countryName =
        (a.via === 'country' || (a.code?.length === 3 && !a.code.startsWith('-'))) && !demonym;
      if (!countryName) {
        if (!source.length) source = [a];
        rules.push('nominal.premodifier');
      } else {
        rules.push('nominal.place-modifier');
        placeHint = { start: view.tokens[a.start].start, end: view.tokens[a.end - 1].end };
      }
      hasArgument = true;
      break;
    }
    if (!BETWEEN_ALLOWED.has(view.pos[i]) && view.norms[i] !== "'s") break;
  }
  // A place or time right around the noun (`the Paris attacks`, `last Friday's attacks`, `attacks in Lebanon`).
  const doc = w.doc;
  const lo = view.tokens[Math.max(clause.start, n.start - 4)].start;
  const hi = view.tokens[Math.min(clause.end, n.end + 4) - 1].end;
  const near = (xs: readonly { start: number; end: number }[] | undefined) =>
    xs?.some((x) => x.start >= lo && x.end <= hi) ?? false;
  if (near(doc.layers.places) || near(doc.layers.times)) {
    hasArgument = true;
    rules.push('nominal.place-or-time');
  }
  for (let i = Math.max(clause.start, n.start - 4); i < n.start; i++) {
    if (TIME_WORDS.has(view.norms[i])) {
      hasArgument = true;
      rules.push('nominal.time-word');
      break;
    }
  }
  for (let i = n.end; i < Math.min(clause.end, n.end + 3); i++) {
    if (
      (view.norms[i] === 'in' || view.norms[i] === 'at') &&
      actors.some((a) => a.start === i + 1 && a.via === 'country')
    ) {
      hasArgument = true;
      rules.push('nominal.in-place');
    }
  }
  return { source, target, rules, hasArgument, placeHint };
}

interface Proto {
  trigger: { start: number; end: number };
  /** Extra trigger spans folded into this event (a nominal absorbed by its verb). */
  also: { start: number; end: number }[];
  code: string;
  sources: ActorCandidate[];
  targets: ActorCandidate[];
  rules: string[];
  nominal: boolean;
  /** The support verb of a nominal (`stepped up` in `stepped up military action`): where the act is told. */
  anchor?: number;
  instrument: boolean;
  passive: boolean;
  /** Where a nominal names its place (`the Paris attacks`, `Lebanon's attacks`). */
  placeHint?: { start: number; end: number } | null;
  /** Already recoded as a demand. */
  demand?: boolean;
  /** The trigger is one of Sitrep's own verbs (data/cameo/verbs-own.tsv). */
  ownVerb?: boolean;
}

function instrumentCode(w: SentenceWork, roles: Roles): string | null {
  if (roles.subjectWord === null) return null;
  const instrument = w.k.cues.get('instrument');
  if (!instrument) return null;
  for (let s = Math.max(0, roles.subjectWord - 1); s <= roles.subjectWord; s++) {
    const m = matchPhrase(instrument, w.view.norms, s, roles.subjectWord + 1);
    if (m && s + m.length === roles.subjectWord + 1) return m.value;
  }
  return null;
}

function sentenceEvents(w: SentenceWork, triggers: Trigger[]): Proto[] {
  const { view, actors } = w;
  const out: Proto[] = [];
  const consumed = new Set<Trigger>();
  const prevSubjects = (c: number) => clauseSubjects(w, c);

  for (const t of triggers) {
    if (consumed.has(t) || t.kind !== 'verb') continue;
    // `When asked what ...`: a reduced adverbial clause with no subject of its own.
    if (t.start > 0 && REDUCED.has(view.norms[t.start - 1]) && /(ed|en)$/.test(view.norms[t.head])) continue;
    const roles = findRoles(view, actors, t.head, t.end - t.head, prevSubjects);
    let code = t.code;
    const rules = [t.rule, roles.rule];
    let targets = roles.objects;
    let sources = roles.subjects;
    // A frame verb with an event complement is one event (`agreed to negotiate` -> 036).
    if (code && FRAME_ROOTS.has(rootOf(code))) {
      const comp = complementOf(view, t, triggers);
      if (comp?.code && rootOf(comp.code) !== '01') {
        consumed.add(comp);
        code = combine(w.k, code, comp.code);
        rules.push(`frame.${rootOf(t.code ?? '')}+${rootOf(comp.code)}`);
        if (!targets.length) {
          const cr = findRoles(view, actors, comp.head, comp.end - comp.head, prevSubjects);
          targets = cr.objects.length ? cr.objects : cr.subjects.filter((s) => !sources.includes(s));
        }
      }
      // `demanded that North Korea abandon ...`: the addressee is the subject of the that-clause.
      if (!targets.length) {
        const next = view.clauses[view.clauseOf[t.start] + 1];
        if (next && view.norms[next.start] === 'that' && next.start <= t.end + 1) {
          const a = actors.find((x) => x.start > next.start && x.start < next.end);
          if (a) {
            targets = actors.filter((x) => x.group === a.group);
            rules.push('frame.that-clause-addressee');
          }
        }
      }
    }
    if (!code) continue;
    if (t.swap) {
      [sources, targets] = [targets, sources];
      rules.push('verb.reverse-code');
    }
    // `..., killing all 224 passengers`: the consequence of the event just told, not a new one.
    const clause = view.clauses[view.clauseOf[t.start]];
    const prev = out[out.length - 1];
    if (
      clause.inherits &&
      prev &&
      !prev.nominal &&
      view.clauseOf[prev.trigger.start] === view.clauseOf[t.start] - 1 &&
      MATERIAL_CONFLICT.has(rootOf(prev.code)) &&
      MATERIAL_CONFLICT.has(rootOf(code)) &&
      !roles.objects.some((o) => o.code && o.code.length === 3)
    ) {
      prev.also.push({ start: t.start, end: t.end });
      prev.rules.push('verb.consequence-folded');
      continue;
    }
    const inst = instrumentCode(w, roles);
    if (inst && !roles.passive) {
      const r = rootOf(code);
      if (r === '18' || r === '19' || r === '20') code = inst;
      sources = [];
      rules.push('instrument.subject');
    }
    out.push({
      trigger: { start: t.start, end: t.end },
      also: [],
      code,
      sources,
      targets,
      rules,
      nominal: false,
      instrument: !!inst,
      passive: roles.passive,
      ownVerb: t.form.own,
    });
  }

  for (const t of triggers) {
    if (t.kind !== 'nominal' || consumed.has(t)) continue;
    const support = supportVerbBefore(w, t);
    const args = nominalArguments(w, t);
    if (support) {
      const verbEvent = out.find(
        (p) => !p.nominal && p.trigger.start >= support.start && p.trigger.end <= support.end,
      );
      const verb = firstVerbAt(triggers, support.start, support.end);
      const nomType = codeEvent(w.k, t.code, 'asserted')?.type;
      if (verbEvent && codeEvent(w.k, verbEvent.code, 'asserted')?.type === nomType) {
        verbEvent.also.push({ start: t.start, end: t.end });
        verbEvent.rules.push('nominal.absorbed-by-verb');
        continue;
      }
      const head = verb?.head ?? support.end - 1;
      const roles = findRoles(view, actors, head, support.end - head, prevSubjects);
      const sources = args.source.length ? args.source : roles.subjects;
      // The support verb's other objects are not the nominal's target (`made a visit ... with France`).
      const targets = args.target;
      out.push({
        trigger: { start: t.start, end: t.end },
        also: [],
        code: t.code,
        sources,
        targets,
        rules: [t.rule, 'nominal.support-verb', ...args.rules],
        nominal: true,
        anchor: head,
        instrument: false,
        passive: false,
        placeHint: args.placeHint,
      });
      continue;
    }
    if (!t.nominal.standalone || !args.hasArgument) continue;
    out.push({
      trigger: { start: t.start, end: t.end },
      also: [],
      code: t.code,
      sources: args.source,
      targets: args.target,
      rules: [t.rule, 'nominal.standalone', ...args.rules],
      nominal: true,
      instrument: false,
      passive: false,
      placeHint: args.placeHint,
    });
  }
  return foldConsequences(w, out);
}

/**
 * `The bombing of the Russian embassy killed four people`: the killing is what the bombing did. A
 * violent verb whose subject sits inside a violent nominal's phrase is folded into that nominal event.
 */
function foldConsequences(w: SentenceWork, protos: Proto[]): Proto[] {
  const { view } = w;
  const casualty = w.k.cues.get('quantity');
  const drop = new Set<Proto>();
  for (const verb of protos) {
    if (verb.nominal || !MATERIAL_CONFLICT.has(rootOf(verb.code))) continue;
    // Only what violence does to people (`killed`, `wounded`), not a new act (`hit`).
    if (!casualty || !matchPhrase(casualty, view.norms, verb.trigger.start)) continue;
    const clause = view.clauseOf[verb.trigger.start];
    const nominal = protos.find(
      (p) =>
        p.nominal &&
        MATERIAL_CONFLICT.has(rootOf(p.code)) &&
        view.clauseOf[p.trigger.start] === clause &&
        p.trigger.end <= verb.trigger.start &&
        (verb.sources.length === 0 || verb.sources.every((s) => s.start >= p.trigger.end)),
    );
    if (!nominal) continue;
    nominal.also.push(verb.trigger);
    nominal.rules.push('verb.consequence-of-nominal');
    if (!nominal.targets.length && verb.targets.length) nominal.targets = verb.targets;
    drop.add(verb);
  }
  return protos.filter((p) => !drop.has(p));
}

function attachQuantities(
  drafts: DraftEvent[],
  hits: QuantityHit[],
  quantities: Quantity[],
  view: SentenceView,
  doc: Document,
) {
  for (const h of hits) {
    const start = view.tokens[h.start].start;
    const end = view.tokens[h.end - 1].end;
    const q: Quantity = {
      ...spanOf(doc.text, start, end),
      ...EVENTS_COMPONENT,
      rules: [h.rule],
      confidence: 0.8,
      id: `n${quantities.length + 1}`,
      kind: h.kind,
      value: h.value,
      approximate: h.approximate,
      unit: h.unit,
    };
    quantities.push(q);
    const wanted = (root: string) => (h.kind === 'arrested' ? root === '17' : MATERIAL_CONFLICT.has(root));
    let best: DraftEvent | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const d of drafts) {
      if (!wanted(d.record.cameoRoot) && !(h.kind === 'kidnapped' && d.record.cameo.startsWith('181')))
        continue;
      const dist = Math.abs(d.record.trigger.start - start);
      if (dist < bestD) {
        best = d;
        bestD = dist;
      }
    }
    if (best && !best.record.quantities.some((x) => x.kind === h.kind)) {
      best.record.quantities.push({ kind: h.kind as QuantityKind, value: h.value, quantityId: q.id });
    }
  }
}

export function eventsComponent(k: CameoKnowledge): Component {
  const clauseCues = k.cues.get('clause') ?? new Map();
  return {
    name: EVENTS_COMPONENT.component,
    version: EVENTS_COMPONENT.version,
    reads: ['sentences', 'tokens'],
    writes: ['events', 'quantities'],
    run(doc: Document) {
      const sentences = doc.layers.sentences ?? [];
      const tokens = doc.layers.tokens ?? [];
      const entities = new Map<string, Entity>((doc.layers.entities ?? []).map((e) => [e.id, e]));
      const mentions = doc.layers.mentions ?? [];
      const quotes = doc.layers.quotes ?? [];
      const drafts: DraftEvent[] = [];
      const quantities: Quantity[] = [];
      let lastPair: [EventActor, EventActor] | null = null;
      // Views are built once; a story-level discard (`World Cup`) anywhere stops the whole document.
      const views = sentences.map((s) =>
        s.lastToken < s.firstToken
          ? null
          : makeSentenceView(tokens, s.index, s.firstToken, s.lastToken, clauseCues),
      );
      // One pass per sentence finds both kinds of discard.
      const discards = views.map((v) => (v ? discardsOf(k, v) : null));
      const discardStory = discards.some((d) => d === 'story');
      // Triggers and actors of the sentences to code (both depend on the sentence alone); a sentence
      // with no trigger makes no event, so its actors are not looked for.
      const found = sentences.map((s) => {
        const view = views[s.index];
        if (!view || discardStory || discards[s.index]) return null;
        const triggers = findTriggers(view, k);
        const actors = triggers.length ? findActors(view, k, { mentions, entities, quotes }) : [];
        return { actors, triggers };
      });
      // Roles read the dependency parse only in a sentence with a trigger and an actor: those are
      // parsed here, in one run, while the parser's weights are in the processor's cache (parsing each
      // between the other steps costs a third more). Event selection may ask for others (`view.parse`).
      for (const s of sentences) {
        const f = found[s.index];
        if (f?.triggers.length && f.actors.length) ensureParsed(doc, s.index);
      }
      for (const s of sentences) {
        const view = views[s.index];
        const f = found[s.index];
        if (!view || !f) continue;
        const { actors, triggers } = f;
        const quoted = (i: number) =>
          quotes.some(
            (q) => q.kind !== 'indirect' && q.start <= view.tokens[i].start && view.tokens[i].end <= q.end,
          );
        view.parse = () => ensureParsed(doc, s.index);
        const w: SentenceWork = { doc, k, view, actors, quoted };
        let accidentChecked: boolean | null = null;
        const accidental = () => {
          if (accidentChecked === null) accidentChecked = hasCue(k, 'accident', view);
          return accidentChecked;
        };
        const hits = findQuantities(view, k);
        const protos = triggers.length ? sentenceEvents(w, triggers) : [];
        // In text order, so the first event of a sentence is its first-told act.
        protos.sort((a, b) => a.trigger.start - b.trigger.start);
        const cands: Candidate[] = [];
        for (const p of protos) {
          const root = rootOf(p.code);
          // Precision: an event needs a participant, except material conflict told with a count,
          // an instrument or a passive (`three people were killed`, `a bomb exploded`).
          const hasActor = p.sources.length > 0 || p.targets.length > 0;
          const pairOnly = p.sources[0]?.via === 'pair' && !lastPair;
          if (
            (!hasActor || pairOnly) &&
            !(MATERIAL_CONFLICT.has(root) && (hits.length > 0 || p.instrument || p.passive || p.nominal))
          )
            continue;
          // PLOVER requires an actor: only material conflict may have an unknown perpetrator.
          const hasSource = p.sources.length > 0;
          if (!hasSource && !MATERIAL_CONFLICT.has(root)) continue;
          // An appeal needs someone appealed to; a bare dictionary default (not a pattern, not one of our
          // own verbs) needs both actors, as in PETRARCH.
          if (root === '02' && !p.targets.length) continue;
          if (!p.targets.length && k.cues.get('needs-target')?.has(view.norms[p.trigger.start])) continue;
          const bareDefault =
            p.rules.some((r) => r.startsWith('verb.default:')) &&
            !p.rules.some((r) => r.startsWith('frame.'));
          const isNamed = (a: ActorCandidate | undefined) => !!a?.code && !a.code.startsWith('---');
          const oneNamed = isNamed(p.sources[0]) || isNamed(p.targets[0]);
          if (
            bareDefault &&
            !p.ownVerb &&
            !MATERIAL_CONFLICT.has(root) &&
            !(hasSource && p.targets.length && oneNamed)
          )
            continue;
          // Deaths in a crash or a collapse with no perpetrator are an accident, not an assault.
          if (!hasSource && MATERIAL_CONFLICT.has(root) && accidental()) continue;
          const mod = readModality(k, {
            view,
            start: p.trigger.start,
            end: p.trigger.end,
            nominal: p.nominal,
            quoted: quoted(p.trigger.start),
          });
          // `X said Y must do Z`: a demand of X on Y (CAMEO 10), not Z.
          if (mod.obligation && mod.attribution !== null && !p.demand) {
            const reporter = findRoles(view, actors, mod.attribution, 1, (c) =>
              clauseSubjects(w, c),
            ).subjects;
            const same = (a: ActorCandidate, b: ActorCandidate) =>
              a === b || (!!a.entityId && a.entityId === b.entityId);
            if (reporter.length && !reporter.some((r) => p.sources.some((s) => same(r, s)))) {
              p.targets = p.sources.length ? p.sources : p.targets;
              p.sources = reporter;
              p.code = combine(k, '100', p.code);
              p.rules.push('frame.obligation-as-demand');
              p.demand = true;
              mod.modality = 'reported';
            }
          }
          // `will withdraw ... unless X`: a conditional commitment to a costly act is a threat.
          if (
            mod.committed &&
            !p.demand &&
            view.norms.slice(p.trigger.end).includes('unless') &&
            !p.code.startsWith('13')
          ) {
            p.code = combine(k, '130', p.code);
            p.rules.push('frame.unless-as-threat');
          }
          const coded = codeEvent(k, p.code, mod.modality, mod.committed);
          if (!coded) continue;
          const participantSpans = [...p.sources, ...p.targets].map((a) => ({
            start: view.tokens[a.start].start,
            end: view.tokens[a.end - 1].end,
          }));
          // A host's visit happens at the host's (`Saudi Arabia is set to host`): the source names the place.
          const hostSpan =
            p.code === '043' && participantSpans.length && p.sources.length ? participantSpans[0] : null;
          const located = locate(
            doc,
            k,
            view,
            actors,
            p.trigger.start,
            hostSpan ? [] : participantSpans,
            p.placeHint ?? hostSpan,
          );
          const location = located?.location ?? null;
          const happened = mod.modality === 'asserted' || mod.modality === 'reported';
          const time = when(doc, view, p.trigger.start, happened);
          // `the two sides`: the two participants of the last event that had both.
          const usePair = p.sources[0]?.via === 'pair' && lastPair !== null;
          if (usePair) p.rules.push('actor.the-two-sides');
          p.sources = p.sources.filter((a) => a.via !== 'pair');
          p.targets = p.targets.filter((a) => a.via !== 'pair');
          const pairs: [EventActor | null, EventActor | null][] = [];
          if (usePair && lastPair)
            pairs.push([
              lastPair[0],
              p.targets[0] ? toEventActor(doc, view, p.targets[0], true) : lastPair[1],
            ]);
          else {
            // `Hungarian and Romanian officials agreed`: one act by a compound actor, coded (as the
            // PLOVER gold does) by its first member; a different-actor fallback keeps self-pairs out.
            const ss: (ActorCandidate | null)[] = p.sources.length ? p.sources.slice(0, 1) : [null];
            const ts: (ActorCandidate | null)[] = p.targets.filter((t) => !ss.includes(t)).slice(0, 1);
            if (!ts.length) ts.push(null);
            for (const a of ss) {
              for (const b of ts) {
                if (!a || !b || a.code !== b.code || a.entityId !== b.entityId) {
                  pairs.push([
                    a ? toEventActor(doc, view, a) : null,
                    b ? toEventActor(doc, view, b, true) : null,
                  ]);
                }
              }
            }
            if (!pairs.length) pairs.push([ss[0] ? toEventActor(doc, view, ss[0]) : null, null]);
          }
          const first = pairs[0];
          const named = (a: EventActor | null) => !!a?.code && !a.code.startsWith('---');
          // Only two-sided acts (talks, truces, agreements) name a pair that `the two sides` can refer to.
          if (BILATERAL.has(p.code) && named(first[0]) && named(first[1]) && first[0] && first[1])
            lastPair = [first[0], first[1]];
          for (const [a, b] of pairs) {
            const trig = spanOf(
              doc.text,
              view.tokens[p.trigger.start].start,
              view.tokens[p.trigger.end - 1].end,
            );
            let target = b;
            const rules = [...p.rules, ...mod.rules, ...coded.rules];
            // A visit's host is where it took place.
            if (!target && coded.cameo === '042' && located?.location.country) {
              const code = k.alpha2to3.get(located.location.country) ?? null;
              if (code) {
                target = {
                  ...spanOf(doc.text, located.start, located.end),
                  entityId: null,
                  code,
                  name: located.location.name,
                };
                rules.push('visit.host-from-place');
              }
            }
            const attribution = mod.attribution;
            const record: EventRecord = {
              ...trig,
              ...EVENTS_COMPONENT,
              rules,
              confidence: p.nominal ? 0.6 : 0.7,
              id: '',
              trigger: trig,
              sentence: s.index,
              source: a,
              target,
              cameo: coded.cameo,
              cameoRoot: rootOf(coded.cameo),
              type: coded.type,
              mode: coded.mode,
              context: coded.context,
              quad: coded.quad,
              goldstein: coded.goldstein,
              modality: mod.modality as Modality,
              modalitySource: attribution !== null ? attributionSpan(doc, view, actors, attribution) : null,
              time,
              location,
              quantities: [],
              mentions: p.also.map((x) =>
                spanOf(doc.text, view.tokens[x.start].start, view.tokens[x.end - 1].end),
              ),
            };
            cands.push({
              draft: { record, headWord: view.norms[p.trigger.end - 1] },
              token: p.anchor ?? p.trigger.start,
              nominal: p.nominal && p.anchor === undefined,
            });
          }
        }
        const local = selectMainEvents(view, cands);
        attachQuantities(local, hits, quantities, view, doc);
        drafts.push(...local);
      }
      const events = mergeEvents(drafts);
      events.forEach((e, i) => {
        e.id = `v${i + 1}`;
      });
      doc.layers.events = events;
      doc.layers.quantities = quantities;
      doc.producedBy.events = EVENTS_COMPONENT;
      doc.producedBy.quantities = EVENTS_COMPONENT;
    },
  };
}

/** A sentence (or story) that PETRARCH's discard list keeps from coding: sport, entertainment, history. */
function discardsOf(k: CameoKnowledge, view: SentenceView): 'sentence' | 'story' | null {
  let found: 'sentence' | 'story' | null = null;
  for (let i = 0; i < view.norms.length; i++) {
    if (!k.discards.has(view.norms[i])) continue;
    const m = matchPhrase(k.discards, view.norms, i);
    if (m?.value === 'story') return 'story';
    if (m) found = 'sentence';
  }
  return found;
}

function hasCue(k: CameoKnowledge, category: string, view: SentenceView): boolean {
  const index = k.cues.get(category);
  if (!index) return false;
  for (let i = 0; i < view.norms.length; i++) if (matchPhrase(index, view.norms, i)) return true;
  return false;
}

/** Who vouches for a reported event: the actor nearest the attributing verb (`the AP reports`). */
function attributionSpan(doc: Document, view: SentenceView, actors: readonly ActorCandidate[], at: number) {
  let best: ActorCandidate | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const a of actors) {
    const d = a.end <= at ? at - a.end : a.start - at + 2;
    if (d >= 0 && d < bestD && d <= 6) {
      best = a;
      bestD = d;
    }
  }
  if (best) return spanOf(doc.text, view.tokens[best.start].start, view.tokens[best.end - 1].end);
  // No actor: the words before the verb (`officials said`).
  const s = Math.max(0, at - 2);
  return spanOf(doc.text, view.tokens[s].start, view.tokens[at].end);
}

export { loadCameoKnowledge } from '../../knowledge/cameo/index.js';
