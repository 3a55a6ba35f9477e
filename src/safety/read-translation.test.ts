import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { inEnglishOrder, ingForm, readTranslation, withStoppedDoing } from './read-translation.ts';

// Apertium's output as it writes it (see translate-idea.ts), so these need FreeDict but not Apertium.
describe.skipIf(toolMissing('freedict') || toolMissing('hunspell'))('readTranslation (needs dict-freedict-*-eng and hunspell-*)', () => {
  it('takes a generated form as the word meant and looks up what Apertium did not know in FreeDict, in the idea\'s language and then in Spanish', () => {
    const read = readTranslation('A boy that remains #awake and a soup of **zucca for all the *aldea', 'ita');
    expect(read.unknownWords).toEqual([]);
    expect(read.english).not.toMatch(/[*#@]/);
    expect(read.english).toMatch(/^A boy that remains awake and a soup of \w+ for all the village$/);
    expect(read.harmfulGloss).toBe(false);
  });

  it('lists a word neither knows, and never guesses at a headword the word only starts like', () => {
    expect(readTranslation('A dragon with the headphones **antirumore', 'ita').unknownWords).toEqual(['antirumore']);
    // A capitalised word inside a sentence is a name; at a sentence's start it is a word like any other.
    expect(readTranslation('A cat called **Brunilde. **Antirumore is the dragon', 'ita').unknownWords).toEqual(['Antirumore']);
    // "cachorrinho" (a puppy) starts like "cacho…", which FreeDict's Portuguese reads as a waterfall.
    const puppy = readTranslation('a nice man offers to show him a **cachorrinho inside the car', 'por');
    expect(puppy.unknownWords).toEqual(['cachorrinho']);
    expect(puppy.english).not.toMatch(/waterfall/);
  });

  it('looks a word up in the language its route passed through, where FreeDict has one, and by its pronominal infinitive', () => {
    // "desmoronar" is listed as "desmoronarse" (to crumble); Debian has no Catalan FreeDict, so through Catalan it stays unknown.
    expect(readTranslation('a castle that *desmorona', 'ita').english).toBe('a castle that crumble');
    expect(readTranslation('a castle that *desmorona', 'ita', 'cat').unknownWords).toEqual(['desmorona']);
  });

  it('reads a diminutive of a headword as "little …", and keeps a harmful one harmful', () => {
    const kitten = readTranslation('A **gattino that goes to find the grandmother to the sea', 'ita');
    expect(kitten.unknownWords).toEqual([]);
    expect(kitten.english).toBe('A little cat that goes to find the grandmother to the sea');
    expect(readTranslation('the small **orsetta', 'ita').english).toBe('the small little bear');
    expect(readTranslation('he hits the **irmãozinho', 'por').english).toBe('he hits the little brother');
    const weapon = readTranslation('the boy hides an **armazinha', 'por');
    expect(weapon.english).toMatch(/^the boy hides a little \w+/);
    expect(weapon.harmfulGloss).toBe(true);
  });

  it('says when a word it looked up has a harmful sense', () => {
    expect(readTranslation('a boy who carries a **bomba', 'ita').harmfulGloss).toBe(true);
    expect(readTranslation('a boy who carries a **arma', 'por').harmfulGloss).toBe(true);
  });
});

describe('withStoppedDoing', () => {
  it('says Apertium\'s "leaves to eat" (Spanish "deja de comer") and "ceases to eat" as English says it', () => {
    expect(withStoppedDoing('The girl leaves to eat to be thin')).toBe('The girl stops eating to be thin');
    expect(withStoppedDoing('the small bear ceases to eat')).toBe('the small bear stops eating');
    expect(withStoppedDoing('The boy left to cry')).toBe('The boy stopped crying');
    expect(withStoppedDoing('Mamma leaves to the boy play')).toBe('Mamma leaves to the boy play');
  });

  it('makes the -ing form of a verb', () => {
    expect(['eat', 'make', 'run', 'lie', 'play', 'visit', 'be', 'see'].map(ingForm)).toEqual(['eating', 'making', 'running', 'lying', 'playing', 'visiting', 'being', 'seeing']);
  });
});

describe('inEnglishOrder', () => {
  it('puts a possessive after its noun and an age after a person in English order', () => {
    expect(inEnglishOrder('An odd man that says that it is the secret of them')).toBe('An odd man that says that it is their secret');
    expect(inEnglishOrder('A history for my son of 5 years and a girl of eight years')).toBe('A history for my 5 year old son and an eight year old girl');
    expect(inEnglishOrder('the top of the hill')).toBe('the top of the hill');
  });
});
