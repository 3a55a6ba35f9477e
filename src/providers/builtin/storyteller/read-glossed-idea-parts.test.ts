import { describe, expect, it } from 'vitest';
import { glossForStoryteller, readGlossedIdeaParts } from './read-glossed-idea-parts.ts';
import { readIdeaParts } from './read-idea-parts.ts';

describe('readGlossedIdeaParts (an idea in another language, read through its English gloss)', () => {
  it('takes who the story is about from the gloss, never from the idea\'s own words read as English', () => {
    // The prompt check's gloss of Dutch "Een draak die bang is voor muizen." (a dragon who is afraid of mice).
    expect(readIdeaParts('Een draak die bang is voor muizen.').hero).toBeUndefined();
    const parts = readGlossedIdeaParts('one dragon who afraid advance mouse');
    expect(parts.hero?.word).toBe('dragon');
    expect(parts.companions.map((being) => being.word)).toEqual(['mouse']);
    // French "son" (his) is an English word by accident: read as written, "son doudou" names a son.
    expect(readIdeaParts('un lapin qui a perdu son doudou').hero).toBeDefined();
    expect(readGlossedIdeaParts('a rabbit who have lose his').hero?.word).toBe('rabbit');
  });

  it('never takes a doing from the gloss: word by word a verb loses its "not"', () => {
    // "a knight who does not fight": as a goal the gloss would be a wish to fight.
    const parts = readGlossedIdeaParts('a knight who not combats');
    expect(parts).toMatchObject({ hero: { word: 'knight' }, plot: 'happy-day' });
    expect(parts.goal).toBeUndefined();
    // An English idea says its "not" where it belongs, and a doing said of the hero may be a wish there.
    expect(readIdeaParts('a knight who does not fight').goal).toBeUndefined();
    expect(readIdeaParts('a knight who combats').goal).toBe('combat');
    expect(readGlossedIdeaParts('a knight who combats').goal).toBeUndefined();
  });

  it('keeps a fear the gloss tells whole as the small-fear plot', () => {
    expect(readGlossedIdeaParts('little kitten who is afraid of the storm')).toMatchObject({ hero: { word: 'kitten' }, fear: 'storms', plot: 'small-fear' });
  });

  it('reads a describing word after the noun as describing it ("un drago gentile": a kind dragon, not a dragon gentile)', () => {
    expect(readGlossedIdeaParts('a dragon gentile who want the moon').hero?.word).toBe('dragon');
  });
});

describe('glossForStoryteller', () => {
  it('picks the gloss the storyteller knows before a rarer first one', () => {
    // Spanish "un niño que pierde un diente", French "un garçon", Spanish "un caballero" as FreeDict glosses them.
    expect(glossForStoryteller([['one'], ['bairn', 'child', 'infant'], ['that'], ['lose', 'miss'], ['one'], ['tooth']])).toBe('one child that lose one tooth');
    expect(glossForStoryteller([['a'], ['bachelor', 'boy', 'waiter']])).toBe('a boy');
    expect(glossForStoryteller([['a'], ['cavalier', 'gentleman', 'knight']])).toBe('a knight');
  });
});
