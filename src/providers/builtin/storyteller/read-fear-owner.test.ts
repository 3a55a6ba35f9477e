import { describe, expect, it } from 'vitest';
import { readIdeaParts } from './read-idea-parts.ts';

describe('a fear said of another being than the first named (readFearOwner)', () => {
  it('tells the small fear of whoever has it, with the one who helps beside them', () => {
    expect(readIdeaParts('a dragon carries a candle to a pirate who is afraid of the dark so the pirate can finally sleep')).toMatchObject({
      hero: { word: 'pirate' }, companions: [{ word: 'dragon' }], plot: 'small-fear', fear: 'the dark',
    });
    expect(readIdeaParts('a clever fox and a hedgehog who is very scared of thunder')).toMatchObject({ hero: { word: 'hedgehog' }, companions: [{ word: 'fox' }], plot: 'small-fear' });
  });

  it('leaves the hero\'s own fear, a girl\'s (the listener\'s), and a friend the hero helps as they were', () => {
    expect(readIdeaParts('a dinosaur who is afraid of the dark')).toMatchObject({ hero: { word: 'dinosaur' }, plot: 'small-fear' });
    expect(readIdeaParts('a puppy helps a girl who is scared of thunder')).toMatchObject({ hero: { word: 'puppy' }, plot: 'helping-a-friend' });
    expect(readIdeaParts('a little owl who is afraid of the dark and her friend the mouse').hero?.word).toBe('owl');
  });

  it('reads others afraid of the hero as what stands in the way of the wish, not a fear of the hero\'s own', () => {
    expect(readIdeaParts('a shark who just wants friends but all the fish are scared of him')).toMatchObject({ hero: { word: 'shark' }, plot: 'wish', goal: 'have friends' });
    expect(readIdeaParts('a dragon who wants friends but everyone is scared of her')).toMatchObject({ plot: 'wish' });
    expect(readIdeaParts('a mouse who wants to be friends with the cats but is scared of them')).toMatchObject({ plot: 'small-fear' });
  });
});
