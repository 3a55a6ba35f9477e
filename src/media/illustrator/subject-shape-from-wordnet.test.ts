import { describe, expect, it } from 'vitest';
import { deriveScene } from './derive-scene.ts';
import { describeScene } from './describe-scene.ts';
import { subjectShapeFromWordNet } from './subject-shape-from-wordnet.ts';

describe('heroes no list names, drawn by their WordNet class', () => {
  it('draws a creature, a person and a vehicle by class and keeps their own word', () => {
    expect(subjectShapeFromWordNet('walrus')).toEqual({ kind: 'otter', noun: 'walrus' });
    expect(subjectShapeFromWordNet('zebra')?.kind).toBe('horse');
    expect(subjectShapeFromWordNet('firefighter')).toEqual({ kind: 'child', noun: 'firefighter' });
    expect(subjectShapeFromWordNet('tugboat')?.kind).toBe('boat');
    expect(subjectShapeFromWordNet('fire engine')?.noun).toBe('fire engine');
  });

  it('draws an ox though its word has two letters, and a person described by colour or size as a person, not by a rarer animal meaning', () => {
    expect(subjectShapeFromWordNet('ox', false, true)).toEqual({ kind: 'cow', noun: 'ox' });
    expect(subjectShapeFromWordNet('it', false, true)).toBeUndefined();
    // "a small pink man": WordNet's man is also the hominid, which was drawn as a monkey beside the man.
    expect(subjectShapeFromWordNet('man', true, true)).toEqual({ kind: 'child', noun: 'man' });
    expect(subjectShapeFromWordNet('kid', true)).toEqual({ kind: 'child', noun: 'kid' });
    expect(subjectShapeFromWordNet('mole', true)?.kind).toBe('hedgehog');
  });

  it('never draws nature\'s own thing as a person by a rarer meaning: "the sun who" is no person with hair', () => {
    expect(subjectShapeFromWordNet('sun', true, true)).toBeUndefined();
    expect(subjectShapeFromWordNet('star', true, true)).toBeUndefined();
    expect(subjectShapeFromWordNet('builder', true, true)).toEqual({ kind: 'child', noun: 'builder' });
  });

  it('draws a word named as someone by any of its three commonest meanings with a shape, never a named individual nor a person for a creature', () => {
    expect(subjectShapeFromWordNet('builder', true, true)).toEqual({ kind: 'child', noun: 'builder' });
    expect(subjectShapeFromWordNet('tram', false, true)).toEqual({ kind: 'car', noun: 'tram' });
    expect(subjectShapeFromWordNet('pumpkin', true, true)).toEqual({ kind: 'apple', noun: 'pumpkin' });
    expect(subjectShapeFromWordNet('zookeeper', false, true)).toEqual({ kind: 'child', noun: 'zookeeper' });
    // Named only: a pumpkin in a sentence is no character; a mole is a creature or nothing, never a spy; sweets are no Henry Sweet.
    expect(subjectShapeFromWordNet('pumpkin')).toBeUndefined();
    expect(subjectShapeFromWordNet('mole', false, true)).toBeUndefined();
    expect(subjectShapeFromWordNet('sweets', true, true)).toBeUndefined();
  });

  it('puts a hero the story names as someone in every picture: "Nutmeg the tram"', () => {
    const scene = deriveScene('Nutmeg: a small grey tram with a friendly face and big round eyes. Nutmeg the tram and Mia at the fair, bright daylight', { seed: 3 });
    expect(scene.subjects.filter((subject) => subject.noun === 'tram')).toEqual([expect.objectContaining({ kind: 'car', colour: 'grey' })]);
  });

  it('leaves things, places and describing words alone', () => {
    for (const word of ['basket', 'house', 'day', 'dreams', 'giant', 'cheeks']) expect(subjectShapeFromWordNet(word)).toBeUndefined();
  });

  it('puts a walrus hero in the picture and its alt text, in the colour its card gives', () => {
    const scene = deriveScene('Pebble: a small red walrus with big curious eyes. Pebble the walrus at the top of the hill, bright daylight', { seed: 3 });
    expect(scene.subjects.filter((subject) => subject.noun === 'walrus')).toEqual([expect.objectContaining({ kind: 'otter', colour: 'red' })]);
    expect(describeScene(scene)).toMatch(/walrus/);
  });

  it('draws a knight and the child beside him as two people, and "Characters:" as nobody', () => {
    const scene = deriveScene('Characters: Pip: a knight; Mia: a 5-year-old child. Pip the knight and Mia by the river', { seed: 1 });
    expect(scene.subjects.map((subject) => subject.noun).sort()).toEqual(['child', 'knight']);
  });

  it('draws a word that can also describe as a name where the words around it make it one, and a made figure as a person', () => {
    expect(subjectShapeFromWordNet('giant', true, true)).toEqual({ kind: 'child', noun: 'giant' });
    expect(subjectShapeFromWordNet('scarecrow')).toEqual({ kind: 'child', noun: 'scarecrow' });
    const scene = deriveScene('Willow: a small white giant with big curious eyes; Mia: a 5-year-old child. Willow the wizard and Mia at the sunny hill', { seed: 2 });
    expect(scene.subjects.map((subject) => subject.noun).sort()).toEqual(['child', 'giant', 'wizard']);
    // A colour is never someone: "a small blue polar bear" is one bear.
    expect(deriveScene('Nutmeg: a small blue polar bear with floppy ears', { seed: 2 }).subjects.map((subject) => subject.kind)).toEqual(['bear']);
  });

  it('draws a young animal as the kind its WordNet gloss names, never as any mammal or a person', () => {
    // WordNet files them all under "young mammal"; only the gloss says "young sheep", "a young pig", "a larval frog".
    expect(subjectShapeFromWordNet('lamb')).toEqual({ kind: 'sheep', noun: 'lamb' });
    expect(subjectShapeFromWordNet('piglet')).toEqual({ kind: 'pig', noun: 'piglet' });
    expect(subjectShapeFromWordNet('foal')).toEqual({ kind: 'horse', noun: 'foal' });
    expect(subjectShapeFromWordNet('calf')).toEqual({ kind: 'cow', noun: 'calf' });
    expect(subjectShapeFromWordNet('tadpole')).toEqual({ kind: 'frog', noun: 'tadpole' });
    expect(subjectShapeFromWordNet('puppy')).toEqual({ kind: 'dog', noun: 'puppy' });
  });
});
