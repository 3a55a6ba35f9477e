import { describe, expect, it } from 'vitest';
import { describeIdeaParts, readOutline } from './idea-outline.ts';
import { readIdeaParts } from './read-idea-parts.ts';

const hopedFor = (idea: string) => readIdeaParts(idea).hopedFor;

describe('readHopedFor (the thing hoped for when the wish is no doing the goal reader can read)', () => {
  it('keeps the thing named after the wish word, the last of nouns in a row', () => {
    expect(hopedFor('a garbage truck who is hoping to be picked for the parade')).toBe('parade');
    expect(hopedFor('a cupcake called Sprinkles who longs to be the birthday cake at the big party')).toBe('cake');
    // What is saved for, never what is saved.
    expect(hopedFor('a piglet saving up his pennies for a shiny red wagon')).toBe('wagon');
  });

  it('never a person, a place WordNet names, a describing word or a word only used as a verb there', () => {
    for (const idea of ['a friendly ghost who wants to make the children laugh', 'a penguin who wants to visit his cousin at the north pole',
      'a pillow that wants to give the best dreams ever', 'a girl who wants a knife', 'a cat who wishes for a gun']) expect(hopedFor(idea), idea).toBeUndefined();
    // "in time": WordNet lists "in" as a describing word too (in fashion), but after a preposition the time is when, not a thing.
    expect(hopedFor('ice cream cone melting in the sun who is trying to reach the freezer in time lol')).toBeUndefined();
  });

  it('never the story a parent asks for', () => {
    // Before, "hoped for: the story": the last scene said the story was all the puppy had hoped for.
    expect(hopedFor('we just got a new puppy and my son wants a story about a puppy who is scared of the vacuum cleaner')).toBeUndefined();
    expect(hopedFor('my kid wants a story about a garbage truck who is hoping to be picked for the parade')).toBe('parade');
  });

  it('is said come true in the last scene and carried in the outline', () => {
    const parts = readIdeaParts('a garbage truck who is hoping to be picked for the parade');
    expect(describeIdeaParts(parts)).toContain('hoped for: the parade');
    expect(readOutline(describeIdeaParts(parts))?.hopedFor).toBe('parade');
  });

  it('takes the last of the nouns in a row though WordNet files it first as a time ("the flower festival")', () => {
    expect(readIdeaParts('a moth with a sore wing who is hoping to get to the lantern festival').hopedFor).toBe('festival');
  });
});
