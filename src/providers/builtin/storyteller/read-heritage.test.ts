import { describe, expect, it } from 'vitest';
import { describeIdeaParts, readOutline } from './idea-outline.ts';
import { planStory } from './plan-story.ts';
import { namesHeritage } from './read-heritage.ts';
import { readIdeaParts } from './read-idea-parts.ts';

const listener = { name: 'Ava', age: 5, interests: [], favouriteThings: [], readingLevel: 'auto' as const, language: 'en' };

describe('the people or faith a parent gives the hero', () => {
  it('is a word WordNet reads both as of a people or faith and as a person', () => {
    for (const word of ['muslim', 'hindu', 'nigerian', 'jewish', 'sikh', 'mexican', 'korean', 'inuit', 'roma']) expect(namesHeritage(word), word).toBe(true);
    for (const word of ['royal', 'musical', 'little', 'baby', 'polar', 'brave', 'young', 'gay', 'black']) expect(namesHeritage(word), word).toBe(false);
  });

  it('is read before the listener or a person hero, never before a creature, and told where the hero is introduced', () => {
    expect(readIdeaParts('A little Hindu girl breaks her grandmother\'s lamp by accident and is afraid she will be in trouble')).toMatchObject({ listener: 'girl', heritage: 'hindu' });
    expect(readIdeaParts('a Muslim princess who wants to ride a horse')).toMatchObject({ hero: { word: 'princess' }, heritage: 'muslim' });
    expect(readIdeaParts('Our family is from Nigeria and my daughter is afraid of the dark. A story about a little Nigerian girl.').heritage).toBe('nigerian');
    expect(readIdeaParts('a jewish fox who lost his hat').heritage).toBeUndefined();
    const parts = readIdeaParts('a Sikh boy who is nervous about his first day at school');
    const outline = describeIdeaParts(parts);
    expect(outline).toMatch(/hero: the listener, a Sikh boy/);
    expect(readOutline(outline)).toMatchObject({ listener: 'boy', heritage: 'sikh' });
    expect(planStory({ outline, listener, scenes: 2 }, 1).scenes[0].text).toMatch(/a Sikh boy (?:called|named) Ava/);
  });
});
