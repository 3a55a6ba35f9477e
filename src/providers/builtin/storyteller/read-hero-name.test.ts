import { describe, expect, it } from 'vitest';
import { readIdeaParts } from './read-idea-parts.ts';
import { describeIdeaParts, readOutline } from './idea-outline.ts';
import { readHeroName } from './read-hero-name.ts';
import { ideaUsage } from './idea-usage.ts';

describe('readHeroName (the name an idea gives its hero)', () => {
  it('reads a name given after the hero or before it, with a title', () => {
    expect(readHeroName('a tractor named Tilly wants to win the contest', 'tractor')).toBe('Tilly');
    expect(readHeroName('a grumpy old badger called Bert', 'badger')).toBe('Bert');
    expect(readHeroName('Dozie the little bulldozer wants to dig', 'bulldozer')).toBe('Dozie');
    // Before "the", a word English uses otherwise opens a sentence, it names no one.
    expect(readHeroName('Afterwards the grumpy fox runs home', 'fox')).toBeUndefined();
    expect(readHeroName('a knight called Sir Bramble', 'knight')).toBe('Sir Bramble');
  });

  it('reads a name before "the" that is also a verb or a describing word, inside a sentence or when the one named does something', () => {
    // Before, "Pip", "Rusty" and "Sunny" were passed over as words English uses otherwise.
    expect(readHeroName('Pip the penguin wants to fly', 'penguin')).toBe('Pip');
    expect(readHeroName('a story about Rusty the tractor', 'tractor')).toBe('Rusty');
    expect(readHeroName('Sunny the sunflower wants to grow tall', 'sunflower')).toBe('Sunny');
    // An order opening the idea names no one.
    expect(readHeroName('Make the fox brave', 'fox')).toBeUndefined();
    expect(readHeroName('Help the bear find honey', 'bear')).toBeUndefined();
  });

  it('tells a name that is a thing more often than a harmful doing ("Pip": a seed or a spot, to shoot only as a rare verb), not one that is only the doing', () => {
    expect(readHeroName('a tiny dinosaur named Pip', 'dinosaur')).toBe('Pip');
    expect(readHeroName('a knight called Sir Pip', 'knight')).toBe('Sir Pip');
    expect(readHeroName('a dragon named Slay', 'dragon')).toBeUndefined();
    expect(ideaUsage('a tiny dinosaur named Pip', readIdeaParts('a tiny dinosaur named Pip'))).toMatchObject({ used: ['a tiny dinosaur called Pip'], notUnderstood: [] });
  });

  it('never tells a name that can mean harm, a weapon, a drug or someone real, nor one written in lower case that is no popular given name', () => {
    for (const [idea, hero] of [['a dog named Hitler', 'dog'], ['a cat called Cocaine', 'cat'], ['a teddy called Killer', 'teddy'], ['a robot named Gun', 'robot'], ['a girl called Fanny', 'girl'],
      ['a fox named sausage', 'fox'], ['a cat called killer', 'cat'], ['a girl called fanny', 'girl']]) {
      expect(readHeroName(idea, hero), idea).toBeUndefined();
    }
  });

  it('tells a popular given name typed in lower case straight after "named" or "called", with its capital', () => {
    expect(readHeroName('a girl named nia who wants to learn to ride her bike', 'girl')).toBe('Nia');
    expect(readHeroName('mid autumn festival, a boy called kai makes a lantern', 'boy')).toBe('Kai');
    expect(readHeroName('a fox named rex', 'fox')).toBe('Rex');
  });

  it('tells a popular given name whatever rare meaning WordNet also gives it ("Sam" is a missile, "Max" a drug)', () => {
    expect(readHeroName('a firefighter called Sam', 'firefighter')).toBe('Sam');
    expect(readHeroName('a puppy named Max who wants to see the sea', 'puppy')).toBe('Max');
  });

  it('reads back a hero named by a word that can also describe ("an orange")', () => {
    const parts = readIdeaParts('an orange that rolls out of the fruit bowl and sets off to see the sea');
    expect(parts).toMatchObject({ hero: { word: 'orange' }, plot: 'journey', destination: 'the sea' });
    expect(readOutline(describeIdeaParts(parts))?.hero?.word).toBe('orange');
  });

  it('carries the name through the outline, so every backend tells it', () => {
    const parts = readIdeaParts('a tractor named Tilly wants to win the ploughing contest');
    expect(parts.heroName).toBe('Tilly');
    expect(describeIdeaParts(parts)).toContain("hero's name: Tilly");
    expect(readOutline(describeIdeaParts(parts))?.heroName).toBe('Tilly');
  });

  it('tells a child the idea names by that name, not the listener\'s', () => {
    const parts = readIdeaParts('A little girl named Priya who wants to catch a shooting star');
    expect(parts).toMatchObject({ listener: 'girl', heroName: 'Priya' });
    expect(describeIdeaParts(parts)).toContain("hero's name: Priya");
    expect(readOutline(describeIdeaParts(parts))).toMatchObject({ listener: 'girl', heroName: 'Priya' });
    expect(ideaUsage('A little girl named Priya who wants to catch a shooting star', parts).used[0]).toBe('a girl called Priya');
    // A family's own pet named straight after it, and their own child named so ("my daughter Isla", see read-child-name.test.ts).
    expect(readIdeaParts('our cat Biscuit got lost last week and came back yesterday').heroName).toBe('Biscuit');
    expect(readIdeaParts('my dog Bella wants to learn to swim').heroName).toBe('Bella');
    expect(readIdeaParts('my daughter Isla who is 3 and a half wants a story about her and her teddy going to the seaside').heroName).toBe('Isla');
    // Never beside where the child lives: that is personal detail, and the profile's name is told.
    expect(readIdeaParts('a story about my daughter Emma who lives at 12 Elm Street').heroName).toBeUndefined();
    // Unnamed, the listener is the parent's own child, told by the profile's name.
    expect(readIdeaParts('a little girl who wants to catch a shooting star').heroName).toBeUndefined();
  });
});
