/**
 * The seed article through the real text and entities components (when they are present in the
 * tree), with the entities component's pronoun resolver wired in as the pipeline will do it.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../../../test/seed-path.js';
import type { Document } from '../../model/document.js';
import { textLayer } from '../../text/index.js';
import { extractQuotes, loadQuoteLexicon, type PronounResolver } from './index.js';

const SEED = SEED_ARTICLE;

async function annotatedSeed(): Promise<{ doc: Document; resolve: PronounResolver } | null> {
  try {
    const { seedDocument } = await import('../../../test/seed-fixture.js');
    const { entitiesComponent } = await import('../entities/index.js');
    const { resolvePronoun } = await import('../entities/pronouns.js');
    const { loadActorKnowledge } = await import('../../knowledge/actors/load.js');
    const doc = seedDocument();
    textLayer().run(doc);
    entitiesComponent(loadActorKnowledge()).run(doc);
    return { doc, resolve: resolvePronoun };
  } catch {
    return null; // the entities component is not in this tree (yet)
  }
}

describe.skipIf(!existsSync(SEED))('seed article with the entities component', () => {
  it('attributes every quote of the expected reading to its entity', async () => {
    const seed = await annotatedSeed();
    if (!seed) return;
    const quotes = extractQuotes(seed.doc, loadQuoteLexicon(), seed.resolve);
    const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speakerName;
    expect(speakerOf("That's a gigantic step.")).toBe('John Kerry');
    expect(speakerOf("We're weeks away")).toBe('John Kerry');
    expect(speakerOf("reiterate America's commitment")).toBe('John Kerry');
    expect(speakerOf('We are seeing a shift')).toBe('Omar Lamrani');
    expect(speakerOf('My sense is')).toBe('John Kerry');
    expect(speakerOf('a ceasefire between Syria')).toBe('John Kerry');
    expect(quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(5);
  });
});
