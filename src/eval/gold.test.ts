import { describe, expect, it } from 'vitest';
import { fromMarkedUp } from './gold.js';

describe('fromMarkedUp', () => {
  it('turns marked names into text and entity offsets', () => {
    const r = fromMarkedUp({
      id: 'x',
      marked: '[[PERSON Pete Sampras]] beat [[NORP Croatian]] [[PERSON Goran Ivanisevic]] .',
    });
    expect(r.text).toBe('Pete Sampras beat Croatian Goran Ivanisevic .');
    expect(r.entities?.map((e) => [r.text?.slice(e.start, e.end), e.type])).toEqual([
      ['Pete Sampras', 'PERSON'],
      ['Croatian', 'NORP'],
      ['Goran Ivanisevic', 'PERSON'],
    ]);
    expect(r).not.toHaveProperty('marked');
  });

  it('leaves records with a text alone, and unknown types as text', () => {
    const plain = { id: 'y', text: 'Kept.', marked: '[[ORG Ignored]]' };
    expect(fromMarkedUp(plain)).toBe(plain);
    expect(fromMarkedUp({ id: 'z', marked: '[[BOGUS Name]] ok' }).text).toBe('[[BOGUS Name]] ok');
  });
});
