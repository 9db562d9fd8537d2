import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../../../test/scratch-dir.js';
import { seedDocument } from '../../../test/seed-fixture.js';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import type { Document } from '../../model/document.js';
import type { Entity, Mention } from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent, resolvePronoun } from './index.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

function read(text: string, date = '2015-11-17', knowledge = kb): Document {
  const doc = newDocument({
    text,
    meta: { published: { local: date, precision: 'day', zone: null, utc: null, sourceText: null } },
  });
  textLayer().run(doc);
  entitiesComponent(knowledge).run(doc);
  return doc;
}

const mentionsOf = (doc: Document, e: Entity): Mention[] =>
  e.mentionIds.map((id) => doc.layers.mentions!.find((m) => m.id === id)!);
const entityNamed = (doc: Document, name: string) => doc.layers.entities!.find((e) => e.name === name);
const entityOfText = (doc: Document, text: string) => {
  const m = doc.layers.mentions!.find((x) => x.text === text);
  return m ? doc.layers.entities!.find((e) => e.id === m.entityId) : undefined;
};

describe('seed article: the Actors table of the expected reading', () => {
  let doc: Document;
  beforeAll(() => {
    doc = seedDocument();
    textLayer().run(doc);
    entitiesComponent(kb).run(doc);
  });

  // [entity name, type, CAMEO code on 2015-11-17 (null: unlinked), mention texts that must link to it]
  const table: [string, string, string | null, string[]][] = [
    ['John Kerry', 'PERSON', 'USAGOV', ['John Kerry', 'Kerry', 'US Secretary of State']],
    ['Bashar Assad', 'PERSON', 'SYRGOV', ['Assad', 'Bashar Assad']],
    ['Omar Lamrani', 'PERSON', null, ['Omar Lamrani', 'he']],
    ['Islamic State', 'ORG', 'IMGMUSISI', ['Islamic State', 'IS']],
    [
      'Syrian opposition',
      'ORG',
      'SYRREB',
      ['Syrian Rebels', 'opposition fighters', 'the Syrian opposition', 'rebel side'],
    ],
    ['Associated Press', 'ORG', 'USAMED', ['AP']],
    ['VICE', 'ORG', 'USAMED', ['VICE']],
    ['United States', 'GPE', 'USA', ['US', 'America', 'Americans']],
    ['Syria', 'GPE', 'SYR', ['Syria', 'Syrian']],
    // `the French`: the article stays outside the mention, as in OntoNotes.
    ['France', 'GPE', 'FRA', ['France', 'French']],
    ['Russia', 'GPE', 'RUS', ['Russia', 'Russian', 'Russians']],
    ['Saudi Arabia', 'GPE', 'SAU', ['Saudi Arabia']],
    ['Egypt', 'GPE', 'EGY', ['Egypt']],
    ['Lebanon', 'GPE', 'LBN', ['Lebanon']],
    ['Turkey', 'GPE', 'TUR', ['Turkey']],
    ['Paris', 'GPE', 'FRA', ['Paris']],
    ['Ankara', 'GPE', 'TUR', ['Ankara']],
  ];
  it.each(table)('%s is one %s entity (%s) with its mentions', (name, type, code, texts) => {
    const e = entityNamed(doc, name);
    expect(e, name).toBeDefined();
    expect(e!.type).toBe(type);
    expect(e!.actor?.code ?? null).toBe(code);
    const got = new Set(mentionsOf(doc, e!).map((m) => m.text));
    for (const t of texts) expect(got, `${name} <- ${t}`).toContain(t);
  });

  it('Kerry is Secretary of State on the day; Lamrani keeps the apposition as his role', () => {
    expect(entityNamed(doc, 'John Kerry')!.actor!.role).toBe('Secretary of State');
    expect(entityNamed(doc, 'Omar Lamrani')!.roleText).toBe('military analyst');
    expect(entityNamed(doc, 'Bashar Assad')!.actor!.role).toBe('President');
  });

  it('splits titles, nationality and possessive from names', () => {
    const bashar = doc.layers.mentions!.find((m) => m.text === 'Bashar Assad')!;
    expect(bashar.role?.text).toBe('President');
    expect(doc.text.slice(bashar.end, bashar.end + 2)).toBe("'s");
    const kerry = doc.layers.mentions!.filter((m) => m.text === 'John Kerry' && m.role);
    expect(kerry.map((m) => m.role!.text)).toEqual(['Secretary of State']);
  });

  it('finds IS inside brackets and inside [non-IS]', () => {
    const is = entityNamed(doc, 'Islamic State')!;
    const offsets = mentionsOf(doc, is).map((m) => doc.text.slice(m.start - 5, m.end + 1));
    expect(offsets.some((s) => s.endsWith('[non-IS]'))).toBe(true);
    expect(offsets.some((s) => s.endsWith('hit [IS]'))).toBe(true);
    expect(mentionsOf(doc, is).filter((m) => m.text === 'IS')).toHaveLength(7);
  });

  it('has no false entities and reads nothing from byline or boilerplate', () => {
    const names = doc.layers.entities!.map((e) => e.name);
    expect(names.filter((n) => /State John|Twitter|McManus|New Delhi|Tonight|Monday|^If$/.test(n))).toEqual(
      [],
    );
    expect(doc.layers.entities!.filter((e) => e.name === 'Islamic State' && e.type !== 'ORG')).toEqual([]);
    expect(doc.layers.mentions!.filter((m) => m.text === 'Islamic State' && m.type !== 'ORG')).toEqual([]);
    const bodyStart = doc.text.indexOf('Secretary of State John Kerry made');
    const dek = doc.text.indexOf('US Secretary of State');
    for (const m of doc.layers.mentions!) expect(m.start < dek + 200 || m.start >= bodyStart).toBe(true);
  });

  it('gives every entity at most one actor and mentions unique ids and exact offsets', () => {
    for (const m of doc.layers.mentions!) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(doc.layers.mentions!.map((m) => m.id)).size).toBe(doc.layers.mentions!.length);
  });

  it('resolvePronoun gives the quotes component the speaker of "he replied"', () => {
    const at = doc.text.indexOf('he replied');
    const token = doc.layers.tokens!.findIndex((t) => t.start === at);
    expect(resolvePronoun(doc, token)).toBe(entityNamed(doc, 'Omar Lamrani')!.id);
  });
});

describe('mentions in context', () => {
  it('reads a text that ends in a county without a full stop (the title look-up past the last word)', () => {
    const doc = read('Read more: Helene death toll rises in Yancey County');
    expect(doc.layers.mentions!.map((m) => m.text)).toContain('Yancey County');
  });

  it('reads every prefix of a text that ends inside a name, a title or a list without failing', () => {
    // Rules look a few tokens ahead; a text may end anywhere (a feed's summary, a cut page).
    const text =
      'WASHINGTON (Reuters) - Secretary of State John Kerry and Kenton County Judge-Executive Kris ' +
      'Knochelmann met Law and Justice leaders, Gov. Roy Cooper, the U.S. Federal Reserve, Dr. Sultan ' +
      'Ahmed Al Jaber, Lee "Faker" Sang-hyeok and the Minerals Council South Africa in Yancey County';
    const ends = [...text.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);
    for (const end of ends) expect(() => read(text.slice(0, end)), text.slice(0, end)).not.toThrow();
  });

  // [sentence, mention text, expected type, expected kind]
  const cases: [string, string, string, string][] = [
    ['The AP reported that NATO and the UN met in Brussels.', 'AP', 'ORG', 'acronym'],
    ['The AP reported that NATO and the UN met in Brussels.', 'Brussels', 'GPE', 'name'],
    ['Fighters of IS seized the town, the ministry said.', 'IS', 'ORG', 'acronym'],
    ['Prime Minister Theresa May met President Barack Obama.', 'Barack Obama', 'PERSON', 'name'],
    ['Prime Minister Theresa May met President Barack Obama.', 'Theresa May', 'PERSON', 'name'],
    ['The Syrians and the British disagreed.', 'Syrians', 'NORP', 'demonym'],
    ['Police arrested Jane Smith, a local teacher, in Texas.', 'Jane Smith', 'PERSON', 'name'],
  ];
  it.each(cases)('%s -> %s', (text, surface, type, kind) => {
    const doc = read(text);
    const m = doc.layers.mentions!.find((x) => x.text === surface);
    expect(m, surface).toBeDefined();
    expect([m!.type, m!.kind]).toEqual([type, kind]);
  });

  // [sentence, text that must not be a mention]
  const never: [string, string][] = [
    ['THE CEASEFIRE IS NEAR, OFFICIALS SAID.', 'IS'],
    ['This is what it is.', 'is'],
    ['Let us go.', 'us'],
    ['The Vice President spoke on Monday.', 'Vice'],
    ['When asked, she declined.', 'When'],
    ['Secretary of State John Kerry spoke.', 'State John'],
  ];
  it.each(never)('%s: no mention %s', (text, surface) => {
    const doc = read(text);
    expect(doc.layers.mentions!.map((m) => m.text)).not.toContain(surface);
  });

  it('joins a surname to the full name and an acronym to its initials', () => {
    const doc = read('Jane Doe founded the Global Water Fund. Doe said the GWF would grow.');
    expect(entityOfText(doc, 'Doe')?.name).toBe('Jane Doe');
    expect(entityOfText(doc, 'GWF')?.name).toBe('Global Water Fund');
  });

  it('keeps honorifics of the two genders of one surname apart (Ms. Corby, Mr. Corby)', () => {
    const doc = read(
      'Schapelle Corby, 27, wept. Ms. Corby said she was ill. Mr. Corby, her father, said it was unfair.',
    );
    const ids = doc.layers.mentions!.filter((m) => m.text === 'Corby').map((m) => m.entityId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(entityOfText(doc, 'Schapelle Corby')?.id);
    expect(ids[1]).not.toBe(ids[0]);
  });

  // A relative of a famous person is another person; the bare surname stays the famous one (news
  // writes the relative with her given name or an honorific again).
  it('keeps a relative of a known person apart (name.given-name+known-surname)', () => {
    const both = read('President Barack Obama met aides. Michelle Obama spoke. Obama said so.', '2012-06-01');
    expect(entityOfText(both, 'Michelle Obama')?.name).toBe('Michelle Obama');
    expect(entityOfText(both, 'Michelle Obama')?.actor).toBeFalsy();
    expect(entityOfText(both, 'Obama')?.name).toBe('Barack Obama');
    const relative = read('Dr. Maria Obama met aides. Obama said so. Donald Trump Jr. came.', '2012-06-01');
    expect(entityOfText(relative, 'Maria Obama')?.actor).toBeFalsy();
    expect(entityOfText(relative, 'Obama')?.actor?.code).toMatch(/^USA/);
    expect(relative.layers.mentions!.find((m) => m.text === 'Maria Obama')?.rules).toContain(
      'name.given-name+known-surname',
    );
    // An honorific of the other gender names someone else.
    const honorific = read('Mrs. Obama spoke. Mr. Obama replied.', '2012-06-01');
    expect(entityOfText(honorific, 'Obama')?.actor).toBeFalsy();
    expect(honorific.layers.entities!.filter((e) => e.actor?.code?.startsWith('USA'))).toHaveLength(1);
    // `Jr.` names the son, whom the dictionaries do not know.
    expect(entityOfText(relative, 'Donald Trump Jr.')?.actor).toBeFalsy();
  });

  it('gives a bare surname to a relative of the same sex when the famous person is not named in full', () => {
    const son = read(
      "Hunter Biden, the president's son, was indicted. Biden, 53, pleaded not guilty.",
      '2023-09-14',
    );
    expect(entityOfText(son, 'Biden')?.name).toBe('Hunter Biden');
    expect(entityOfText(son, 'Biden')?.actor).toBeFalsy();
    const daughter = read(
      'Ivanka Trump said she would not return. Trump, her father, praised her.',
      '2022-11-16',
    );
    expect(entityOfText(daughter, 'Trump')?.actor?.code).toMatch(/^USA/);
  });

  it('keeps a bare surname for the famous person when several relatives are named, or a foreign honorific precedes', () => {
    const doc = read(
      'Donald Trump Jr. and Eric Trump run the company. Trump was not involved. Frau Merkel and Camp Trump came.',
      '2017-06-01',
    );
    const trumps = doc.layers.mentions!.filter((m) => m.text === 'Trump');
    for (const m of trumps)
      expect(doc.layers.entities!.find((e) => e.id === m.entityId)?.actor?.code).toMatch(/^USA/);
    expect(entityOfText(doc, 'Merkel')?.actor?.code).toMatch(/^DEU/);
  });

  it('reads an ambiguous place by the country of the article (link.article-country)', () => {
    const us = read('Prosecutors in Georgia charged him, as did Texas and Florida.', '2023-08-15');
    expect(entityOfText(us, 'Georgia')?.actor?.code).toBe('USA');
    const caucasus = read('Georgia accused Russia of occupying land near Tbilisi.', '2023-08-15');
    expect(entityOfText(caucasus, 'Georgia')?.actor?.code).toBe('GEO');
    // Only places vote: US persons and bodies in a story about the country move nothing.
    const bodies = read(
      'Pompeo said the State Department and the Pentagon would send Javelins to Georgia. Washington backed Tbilisi.',
      '2019-08-15',
    );
    expect(entityOfText(bodies, 'Georgia')?.actor?.code).toBe('GEO');
    // An acronym of two bodies: the Sudanese force in a story of Sudanese places.
    const war = read('The RSF shelled El Fasher in Darfur, and fighting spread to Omdurman.', '2024-06-01');
    expect(entityOfText(war, 'RSF')?.actor?.code).toBe('SDNREB');
    const press = read('The RSF said two journalists were jailed in Paris.', '2024-06-01');
    expect(entityOfText(press, 'RSF')?.actor?.code).not.toBe('SDNREB');
  });

  it("unlinks a body of one country named after another country's name (link.other-country)", () => {
    const doc = read("Italy's Democratic Party won. America's Democratic Party lost.", '2022-09-26');
    const parties = doc.layers.mentions!.filter((m) => m.text === 'Democratic Party');
    const actors = parties.map(
      (m) => doc.layers.entities!.find((e) => e.id === m.entityId)?.actor?.code ?? null,
    );
    expect(actors).toEqual([null, 'USAPTY']);
  });

  it('reads an acronym as the name the article spells out, not the body the dictionaries give it', () => {
    const doc = read(
      'The American Academy of Pediatrics (AAP) warned parents. The AAP said so.',
      '2022-09-26',
    );
    expect(entityOfText(doc, 'AAP')?.name).toBe('American Academy of Pediatrics');
  });

  it('links a person the dictionaries know with the title (`Pope Francis`, `Queen Elizabeth II`)', () => {
    const doc = read('Pope Francis met Queen Elizabeth II in Rome.', '2016-05-01');
    expect(entityOfText(doc, 'Francis')?.actor?.code).toBe('VATGOV');
    expect(entityOfText(doc, 'Elizabeth II')?.actor?.code).toBe('GBRGOV');
    expect(doc.layers.mentions!.find((m) => m.text === 'Francis')?.role).toBeTruthy();
    // The one word alone later is that person; a longer name is someone or something else.
    const royal = read(
      'Prince Harry met the press. Harry spoke. Prince William County voters backed him.',
      '2019-05-01',
    );
    const harrys = royal.layers.mentions!.filter((m) => m.text === 'Harry');
    expect(new Set(harrys.map((m) => m.entityId)).size).toBe(1);
    expect(royal.layers.mentions!.some((m) => m.text === 'William')).toBe(false);
  });

  it('reads a company opening a sentence before a verb as the subject, not before a person', () => {
    const doc = read('Ford recalled 1.2 million trucks. Ford said he was proud of his son.', '2019-05-01');
    const fords = doc.layers.mentions!.filter((m) => m.text === 'Ford');
    expect(fords).toHaveLength(1);
    expect(fords[0].start).toBe(0);
  });

  it('links a dictionary name whose given name has a lower-case syllable (`Ban Ki-moon`)', () => {
    const doc = read('Ban Ki-moon met Moon Jae-in in Seoul.', '2015-11-17');
    expect(entityOfText(doc, 'Ban Ki-moon')?.actor?.code).toBe('IGOUNO');
    expect(entityOfText(doc, 'Moon Jae-in')?.actor?.code).toMatch(/^KOR/);
  });

  it('ties generic agents to the country of the sentence', () => {
    const doc = read('Afghan police clashed with protesters in Kabul.');
    expect(entityOfText(doc, 'Afghan police')?.actor?.code).toBe('AFGCOP');
  });
});

describe('pronouns', () => {
  // [text, pronoun occurrence (0-based), name of the entity it must resolve to]
  const cases: [string, number, string][] = [
    ['Angela Merkel met Barack Obama in Berlin. She said the talks went well.', 0, 'Angela Merkel'],
    ['Angela Merkel met Barack Obama in Berlin. He said the talks went well.', 0, 'Barack Obama'],
    ['Mrs. Jane Doe spoke after John Smith. Later she left.', 0, 'Jane Doe'],
  ];
  it.each(cases)('%s', (text, nth, name) => {
    const doc = read(text);
    const pronouns = doc.layers.mentions!.filter((m) => m.kind === 'pronoun');
    expect(doc.layers.entities!.find((e) => e.id === pronouns[nth]?.entityId)?.name).toBe(name);
  });
});

describe('with the statistical tagger', () => {
  const model = join(__dirname, '../../../data/models/ner.json');
  it.skipIf(!existsSync(model))('reads the seed article the same way', async () => {
    const { createNerTagger, loadNerModel } = await import('./tagger/index.js');
    const doc = seedDocument();
    textLayer().run(doc);
    entitiesComponent(kb, createNerTagger(loadNerModel())).run(doc);
    const names = doc.layers.entities!.map((e) => `${e.name}:${e.type}:${e.actor?.code ?? '-'}`);
    for (const want of [
      'John Kerry:PERSON:USAGOV',
      'Bashar Assad:PERSON:SYRGOV',
      'Omar Lamrani:PERSON:-',
      'Islamic State:ORG:IMGMUSISI',
      'Syrian opposition:ORG:SYRREB',
    ]) {
      expect(names).toContain(want);
    }
    expect(names.filter((n) => /State John|Twitter|McManus/.test(n))).toEqual([]);
  });
});

describe('actors on the article date', () => {
  it('Kerry is a senator in 2010 and Secretary of State in 2015', () => {
    expect(entityOfText(read('John Kerry spoke.', '2010-05-01'), 'John Kerry')?.actor?.code).toBe(
      'USAGOVLEG',
    );
    expect(entityOfText(read('John Kerry spoke.', '2015-11-17'), 'John Kerry')?.actor?.code).toBe('USAGOV');
  });

  it('a user file adds an actor without a rebuild', () => {
    const dir = scratchDir('actors-');
    const file = join(dir, 'extra.tsv');
    writeFileSync(file, 'zorblax-front\tORG\tarmed-group\tSYR\tSYRREB 2014-01-01..\tZorblax Front|ZF\t-\n');
    const before = entityOfText(read('The Zorblax Front shelled the town.'), 'Zorblax Front');
    expect(before?.actor ?? null).toBeNull();
    const withUser = loadActorKnowledge({ userFiles: [file] });
    const after = entityOfText(
      read('The Zorblax Front shelled the town.', '2015-11-17', withUser),
      'Zorblax Front',
    );
    expect(after?.actor?.code).toBe('SYRREB');
    expect(after?.type).toBe('ORG');
  });
});
