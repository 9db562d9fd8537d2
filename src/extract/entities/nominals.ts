/**
 * Generic agents written in lower case (`rebels`, `rebel fighters`, `the Libyan opposition`): nominal
 * mentions with a sector code, tied to a country word before them when there is one.
 */
import { type ActorKnowledge, type Agent, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { Candidate } from './candidates.js';
import { isUpperStart } from './name-words.js';
import { longestPhrase } from './phrase-lookup.js';
import type { SentenceContext } from './scan.js';

/** Sectors whose bare plurals (`rebels`, `police`, `protesters`) name a group in conflict news. */
const CONFLICT_SECTORS = new Set(['REB', 'OPP', 'INS', 'MIL', 'COP', 'UAF', 'CVL', 'REF', 'SPY', 'GOV']);

export class NominalFinder {
  constructor(
    private readonly kb: ActorKnowledge,
    /** Nouns that head a phrase after an agent word (`rebel camp`; lexicon `agent-head`). */
    private readonly agentHeads: ReadonlySet<string>,
  ) {}

  /** Whether token `k` is a lower-case agent noun of the sentence (`military`, `police`). */
  agentWordAt(ctx: SentenceContext, k: number): boolean {
    const t = ctx.tokens[k];
    return (
      !!t && t.sentence === ctx.sentence.index && /^[a-z]/.test(t.text) && this.kb.agents.byKey.has(t.norm)
    );
  }

  /** The word before token `i`, skipping a bracketed insertion (`the [pro-government] militia`). */
  private wordBefore(ctx: SentenceContext, i: number): number {
    const { tokens } = ctx;
    let k = i - 1;
    if (k >= 0 && tokens[k].text === ']') {
      while (k >= 0 && tokens[k].text !== '[' && i - k < 8) k--;
      k--;
    }
    return k >= 0 && tokens[k].sentence === ctx.sentence.index ? k : -1;
  }

  /** A generic agent at token `i` that names a group here, or null. */
  match(ctx: SentenceContext, i: number, limit: number): { last: number; agent: Agent } | null {
    const m = longestPhrase(ctx, this.kb.agents.byKey, this.kb.agents.maxWords, i, limit);
    if (!m) return null;
    const agent = m.value[0];
    const { tokens } = ctx;
    const inSentence = (k: number) =>
      k >= 0 && k < tokens.length && tokens[k].sentence === ctx.sentence.index;
    const before = this.wordBefore(ctx, i);
    const prev = before >= 0 ? tokens[before] : null;
    // `12 passengers` is a count, `a local teacher` describes someone: neither names a group.
    if (prev && (prev.pos === 'NUM' || /^(a|an)$/.test(prev.norm))) return null;
    const definite = !!prev && /^(the|these|those|its|their)$/.test(prev.norm);
    const country = this.countryModifier(ctx, i);
    // A bare singular noun (`business`, `company`) is only a mention with `the` or a country word.
    if (!agent.group && !definite && !country) return null;
    // A bare plural names a group only for the sectors of conflict reporting (`rebels`, `police`).
    if (!definite && !country && !CONFLICT_SECTORS.has(agent.code.slice(0, 3))) return null;
    // An agent word before another noun is a modifier (`military action`), unless that noun heads it.
    const next = tokens[m.last + 1];
    if (
      inSentence(m.last + 1) &&
      next.pos === 'NOUN' &&
      !this.agentHeads.has(next.norm) &&
      !this.kb.agents.byKey.has(next.norm)
    )
      return null;
    return { last: m.last, agent };
  }

  /** A demonym or country name right before token `i` (`Libyan rebels`, `US troops`). */
  countryModifier(ctx: SentenceContext, i: number): { iso3: string; first: number } | null {
    const prev = ctx.tokens[i - 1];
    if (!prev || prev.sentence !== ctx.sentence.index) return null;
    const dem = this.kb.demonyms.get(prev.norm);
    if (dem) return { iso3: dem.slice(4), first: i - 1 };
    const ids = idsOf(this.kb.names, nameKey(prev.text));
    const actor = ids.length ? this.kb.actor(ids[0]) : undefined;
    if (actor?.kind === 'country' && isUpperStart(prev.text))
      return { iso3: actor.country ?? '', first: i - 1 };
    return null;
  }

  /** The nominal mention of an agent found at `first..last`, with its country word and article. */
  build(ctx: SentenceContext, first: number, last: number, agent: Agent, out: Candidate[]): Candidate {
    const { tokens } = ctx;
    const mod = this.countryModifier(ctx, first);
    let start = mod ? mod.first : first;
    let end = last;
    // `rebel camp`, `rebel fighters`: a noun right after the agent word is the head of the phrase.
    const next = tokens[last + 1];
    if (next && next.sentence === ctx.sentence.index && this.agentHeads.has(next.norm)) {
      end = last + 1;
    }
    const det = this.wordBefore(ctx, start);
    if (det >= 0 && tokens[det].norm === 'the' && det === start - 1) start--;
    if (mod && out.length && out[out.length - 1].first === mod.first) {
      // The demonym stays a mention of its country too; nothing to do.
    }
    return {
      start: tokens[start].start,
      end: tokens[end].end,
      first: start,
      last: end,
      sentence: ctx.sentence.index,
      kind: 'nominal',
      type: 'ORG',
      actorIds: [],
      agent,
      agentCountry: mod?.iso3 ?? null,
      rules: [mod ? 'nominal.agent+country' : 'nominal.agent'],
      confidence: mod ? 0.8 : 0.65,
    };
  }
}
