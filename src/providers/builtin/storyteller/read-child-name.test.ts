import { describe, expect, it } from 'vitest';
import { readChildName } from './read-child-name.ts';
import { readIdeaParts } from './read-idea-parts.ts';

/** The idea's words as the storyteller reads them: lower case, letters only. */
const words = (idea: string) => idea.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
const nameIn = (idea: string) => readChildName(idea, words(idea));

describe('readChildName (the child an idea names)', () => {
  it('reads a child named where the idea opens past what the story is for or a texted "what about"', () => {
    expect(nameIn('eid story: amina helps her nan make sweet treats')).toMatchObject({ name: 'Amina' });
    expect(nameIn('wat about a story where zara (6) wins the sack race')).toMatchObject({ name: 'Zara' });
    // Only past "story": "a fox sees amina" names no child of the parent's.
    expect(nameIn('a fox who sees amina wins the race')).toBeUndefined();
  });

  it('reads a popular given name where the idea names its child', () => {
    expect(nameIn('my daughter Zara who just got a baby brother')).toEqual({ name: 'Zara', index: 2, listener: 'girl' });
    expect(nameIn('our little boy Rafael is scared of thunder')).toMatchObject({ name: 'Rafael', listener: 'boy' });
    expect(nameIn('a story for Ava (4) where she flies to the moon')).toMatchObject({ name: 'Ava', listener: 'girl' });
    expect(nameIn('Kai who loves trains')).toMatchObject({ name: 'Kai' });
    expect(nameIn('can you write one where Noah finds a dinosaur egg')).toMatchObject({ name: 'Noah', listener: 'boy' });
    // In lower case, a name English uses for nothing else.
    expect(nameIn('freya loves horses')).toMatchObject({ name: 'Freya', listener: 'girl' });
    expect(nameIn('story about oliver who lost his first tooth')).toMatchObject({ name: 'Oliver', listener: 'boy' });
    // "Finn" is also someone from Finland, with a capital opening the idea a boy all the same.
    expect(nameIn('Finn is starting big school tomorrow')).toMatchObject({ name: 'Finn' });
  });

  it('reads names of more languages than the six human-names lists (Faker\'s locale data)', () => {
    expect(nameIn('Oliwia (4) gets her first haircut tomorrow and is scared of the scissors')).toMatchObject({ name: 'Oliwia', listener: 'girl' });
    expect(nameIn('my son Tomasz loves trains')).toMatchObject({ name: 'Tomasz', listener: 'boy' });
    expect(nameIn('Kofi (6) wants to win the race')).toMatchObject({ name: 'Kofi' });
  });

  it('reads "her name is …" after the parent spoke of their own child, never of a pet', () => {
    expect(nameIn('my daughter is 5 and loves ballet. Her name is Isla. A story where Isla rides a pony')).toMatchObject({ name: 'Isla', listener: 'girl' });
    expect(nameIn('we have a cat, her name is Luna, a story about her')).toBeUndefined();
  });

  it('says girl or boy by the idea\'s own pronouns before the name\'s list', () => {
    expect(nameIn('Alex (5) wants to see the sea with her grandma')?.listener).toBe('girl');
    expect(nameIn('Alex (5) wants to see the sea with his grandma')?.listener).toBe('boy');
    expect(nameIn('Alex (5) wants to see the sea')?.listener).toBe('child');
  });

  it('takes no word that only looks like a name there', () => {
    // A word English uses for a thing, opening the idea in lower case or after "a".
    expect(nameIn('summer is here and a bear wants to swim')).toBeUndefined();
    expect(nameIn('a tiny seed that wants to grow into a big tree')).toBeUndefined();
    // A name that is not where a child is named: the dog's name, a name deep in the idea.
    expect(nameIn('Max the dog wants to fly')).toBeUndefined();
    expect(nameIn('a fox who lost his hat and then met Oliver at the pond')).toBeUndefined();
    // A name with a description after its comma is that one's: "Lily and Max, two cats who …".
    expect(nameIn('Write a story about Lily and Max, two cats who love to nap')).toBeUndefined();
    // A creature the storyteller knows is no child called so ("Robin wants to fly south").
    expect(nameIn('Robin wants to fly south for the winter')).toBeUndefined();
  });

  it('never names a child beside where they live, nor by a name the checks bar', () => {
    expect(nameIn('my daughter Emma who lives at 12 Elm Street')).toBeUndefined();
    expect(nameIn('my daughter Emma who lives at')).toBeUndefined();
    // "Fanny" is on the lists, but also a word of the body: the profile's name is told.
    expect(nameIn('my daughter Fanny wants to ride her bike')).toBeUndefined();
  });

  it('reads a popular name whatever rare meaning WordNet also gives it: a missile, a drug', () => {
    // "Sam" is a surface-to-air missile to WordNet, "Max" a street name for GHB: on a list of children's names, only names.
    expect(nameIn('my son Sam wants to ride his bike')).toMatchObject({ name: 'Sam' });
    expect(nameIn('Max wants to find the hidden cake')).toMatchObject({ name: 'Max', listener: 'boy' });
    expect(nameIn('birthday story for Sam turning 6 tomorrow')).toMatchObject({ name: 'Sam' });
    // Nor is an adverb a name in lower case ("a story, just waves and stars"), though "Just" is on a list.
    expect(nameIn('a calm story, just waves and stars')).toBeUndefined();
  });
});

describe('a story about the child the idea names', () => {
  it('makes the named child the hero, told by that name', () => {
    expect(readIdeaParts('Sofia (3) who wants to find the fairies at the bottom of the garden')).toMatchObject({ listener: 'girl', heroName: 'Sofia' });
    expect(readIdeaParts('a story for Ava (4) where she flies to the moon with her cat')).toMatchObject({ listener: 'girl', heroName: 'Ava', destination: 'the moon' });
    expect(readIdeaParts('Kai who loves trains and wants to ride the night train to Scotland')).toMatchObject({ heroName: 'Kai', goal: 'ride the night train to Scotland' });
  });

  it('keeps a hero the idea introduces after the child\'s name, who only listens', () => {
    expect(readIdeaParts('Theo, 5, loves trains. A steam train that is trying to get all the animals to the market').hero?.word).toBe('train');
    expect(readIdeaParts('for Noah (6) - a very old, very slow tortoise who promised to get to the top of the hill').hero?.word).toBe('tortoise');
    expect(readIdeaParts('Ava (4) wants a story about a baby stegosaurus who is saving up for a bicycle').hero?.word).toBe('baby stegosaurus');
    expect(readIdeaParts('a story for Ava about a fox who lost his hat').hero?.word).toBe('fox');
  });

  it('names the hero the child is said to be', () => {
    expect(readIdeaParts('please a story about my son Arlo (7) who is a wizard and has to find his missing owl')).toMatchObject({ hero: { word: 'wizard' }, heroName: 'Arlo' });
    // "Milo is a cat who …": the cat called Milo, and no grain called milo among the things shown.
    const milo = readIdeaParts('Milo is a cat who wants to fly');
    expect(milo).toMatchObject({ hero: { word: 'cat' }, heroName: 'Milo' });
    expect(milo.props).toBeUndefined();
    // "Biscuit, the little fox": the fox's own name, and no biscuit shown.
    expect(readIdeaParts('Biscuit, the little fox, is lost in the snow')).toMatchObject({ hero: { word: 'fox' }, heroName: 'Biscuit' });
    expect(readIdeaParts('Biscuit, the little fox, is lost in the snow').props).toBeUndefined();
  });
});
