import { describe, expect, it } from 'vitest';
import { lemmasOf } from './wordnet-lexicon.ts';

describe('lemmasOf: the dictionary forms a word may be an inflection of', () => {
  it('takes the regular endings off, and never the "s" of a word ending in "ss"', () => {
    expect(lemmasOf('cats', 'noun')).toEqual(['cat']);
    expect(lemmasOf('foxes', 'noun')).toContain('fox');
    expect(lemmasOf('glasses', 'noun')).toEqual(['glasses', 'glass']);
    // "boss" was also the cattle genus "bos", and a hero called a boss was drawn as a small grey bos with a fluffy tail.
    expect(lemmasOf('boss', 'noun')).toEqual(['boss']);
    expect(lemmasOf('dass', 'noun')).toEqual([]);
    expect(lemmasOf('touches', 'verb')).toContain('touch');
  });
});
