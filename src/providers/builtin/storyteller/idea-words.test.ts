import { describe, expect, it } from 'vitest';
import { ideaWords } from './idea-words.ts';
import { readIdeaParts } from './read-idea-parts.ts';

describe('ideaWords', () => {
  it('reads a word no dictionary has, one keystroke from a common one, as that word', () => {
    expect(ideaWords('a penguin who realy wants to fly')).toEqual(['a', 'penguin', 'who', 'really', 'wants', 'to', 'fly']);
    expect(readIdeaParts('beaver bilding a dam on the river')).toMatchObject({ hero: { word: 'beaver' }, goal: 'build a dam on the river' });
  });

  it('leaves out an aside in brackets, but not one with an age or a name for the readers of names', () => {
    expect(ideaWords('a crane (the bird) flying to japan')).toEqual(['a', 'crane', 'flying', 'to', 'japan']);
    expect(ideaWords('zara (6) wins the race')).toEqual(['zara', 'wins', 'the', 'race']);
    expect(ideaWords('my cat (Biscuit) who sleeps')).toEqual(['my', 'cat', 'biscuit', 'who', 'sleeps']);
  });

  it('keeps names, word forms, adverbs and closed compounds as typed, and an idea in another language as it is', () => {
    expect(ideaWords('un garçon qui frappe son camarade de classe')).toContain('classe');
    // A capital marks a name ("Obon" is no oboe); a popular given name stays in lower case too.
    expect(ideaWords('Obon festival, zara and a clownfish at the skatepark')).toEqual(['obon', 'festival', 'zara', 'and', 'a', 'clownfish', 'at', 'the', 'skatepark']);
    expect(ideaWords('the coziest nest, crossing safely')).toEqual(['the', 'coziest', 'nest', 'crossing', 'safely']);
  });
});
