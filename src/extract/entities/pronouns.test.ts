/**
 * Pronoun resolution: which person `he`/`she` refers to. Rows are [text, pronoun, expected entity
 * name], run through the text layer and the entities component.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent } from './index.js';
import { antecedent, type PersonRef } from './pronouns.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

function resolved(text: string, pronoun: string): string | null {
  const doc = newDocument({ text });
  textLayer().run(doc);
  entitiesComponent(kb).run(doc);
  const m = doc.layers.mentions?.find((x) => x.kind === 'pronoun' && x.text === pronoun);
  return doc.layers.entities?.find((e) => e.id === m?.entityId)?.name ?? null;
}

const rows: [string, string, string | null][] = [
  // The previous sentence's subject continues as the subject of the next.
  [
    'Senator Ada Rowe spoke to Omar Haddad on Friday. She warned that the vote would fail.',
    'She',
    'Ada Rowe',
  ],
  ['Omar Haddad called Piet Jansen on Friday. He warned that the vote would fail.', 'He', 'Omar Haddad'],
  // Inside a sentence the nearest person.
  ['The board met on Friday, and Omar Haddad said he would resign.', 'he', 'Omar Haddad'],
  // A person of known matching gender beats one of unknown gender.
  [
    'Minister Maria Lopez met President Okonkwo. She told reporters the talks were useful.',
    'She',
    'Maria Lopez',
  ],
  // No compatible person: nothing.
  ['Omar Haddad left early. She said nothing.', 'She', null],
];

describe('pronouns', () => {
  it.each(rows)('%s (%s)', (text, pronoun, expected) => expect(resolved(text, pronoun)).toBe(expected));

  it('looks back no further than the window', () => {
    const persons: PersonRef[] = [{ start: 0, sentence: 0, entityId: 'e1', gender: 'm' }];
    expect(antecedent(persons, 100, 1, 'm', true)).toBe('e1');
    expect(antecedent(persons, 500, 9, 'm', true)).toBeNull();
  });
});
