import { describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { loadCameoKnowledge } from '../../knowledge/cameo/index.js';
import { textLayer } from '../../text/index.js';
import { eventActorCode, eventsComponent } from './index.js';

const events = eventsComponent(loadCameoKnowledge());
const text = textLayer();

/** Runs events over a sentence whose tokens carry the given dependency arcs ([dependent, head, rel]). */
function run(sentence: string, deps: [number, number, string][] | null) {
  const doc = newDocument({ text: sentence });
  text.run(doc);
  const tokens = doc.layers.tokens ?? [];
  if (deps) {
    for (const t of tokens) {
      t.head = -1;
      t.dep = 'root';
    }
    for (const [dependent, head, rel] of deps) {
      tokens[dependent].head = head;
      tokens[dependent].dep = rel;
    }
  }
  events.run(doc);
  return doc.layers.events ?? [];
}

describe('one act per sentence: subordinate and argument triggers yield to the main act', () => {
  it.each([
    // Purpose clause under the main verb: `to finance` is why Finland gives.
    [
      'Finland gave Tanzania a grant to finance projects.',
      [
        [0, 1, 'nsubj'],
        [2, 1, 'iobj'],
        [4, 1, 'obj'],
        [5, 6, 'mark'],
        [6, 1, 'advcl'],
        [7, 6, 'obj'],
      ],
      ['gave'],
    ],
    // The content of a report is an act of its own: both stay.
    [
      'Syria attacked Lebanon after confirming that Iraq attacked Iran.',
      [
        [0, 1, 'nsubj'],
        [2, 1, 'obj'],
        [3, 4, 'mark'],
        [4, 1, 'advcl'],
        [5, 7, 'mark'],
        [6, 7, 'nsubj'],
        [7, 4, 'ccomp'],
        [8, 7, 'obj'],
      ],
      ['attacked', 'attacked'],
    ],
  ] as [string, [number, number, string][], string[]][])('%s', (sentence, deps, triggers) => {
    expect(run(sentence, deps).map((e) => e.trigger.text)).toEqual(triggers);
  });

  it.each([
    // Without a parse: a nominal a few words after a verb event is its object.
    ['Jordan and Britain agreed to postpone the demonstration.', ['agreed']],
  ])('%s', (sentence, triggers) => {
    expect(run(sentence, null).map((e) => e.trigger.text)).toEqual(triggers);
  });
});

describe('IGO actors are coded IGO + sector in events', () => {
  it.each([
    ['IGOUNO', 'IGO'],
    ['IGOUNOIAE', 'IGO'],
    ['IGOUNOMIL', 'IGOMIL'],
    ['IGOGOV', 'IGOGOV'],
    ['USAGOV', 'USAGOV'],
    [null, null],
  ])('%s -> %s', (code, want) => {
    expect(eventActorCode(code)).toBe(want);
  });
});
