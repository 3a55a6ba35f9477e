import { describe, expect, it } from 'vitest';
import { storyRequestFor } from '../../../pipelines/story/story-request-for.ts';
import { formatStoryRequest } from './story-request.ts';
import { storyDraftJsonSchema, storyDraftSchema } from './story-draft.ts';
import { createStorytellerModel } from './storyteller-model.ts';
import { heroFromWordNet } from './hero-from-wordnet.ts';

const model = createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' });
const listener = { name: 'Mia', age: 5, interests: [], favouriteThings: [], readingLevel: 'auto' as const, language: 'en' };

describe('heroes from WordNet (any creature, person or vehicle, not a longer list)', () => {
  it('takes nouns filed as animals, people or vehicles, in their dictionary form', () => {
    expect(['walruses', 'kangaroo', 'flamingo', 'ladybug', 'tractor', 'firefighter', 'witch'].map((word) => heroFromWordNet(word))).toEqual(['walrus', 'kangaroo', 'flamingo', 'ladybug', 'tractor', 'firefighter', 'witch']);
  });

  it('leaves out describing words, family words and plain things', () => {
    expect(['romantic', 'daughter', 'grandma', 'spoon', 'dreams'].map((word) => heroFromWordNet(word))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes a family word only when asked to read it as anyone\'s ("a grandma who knits")', () => {
    expect(heroFromWordNet('grandma', { family: true })).toBe('grandma');
    expect(heroFromWordNet('spoon', { family: true })).toBeUndefined();
  });

  it('makes such a hero the hero of the child-mode story the built-in storyteller writes', async () => {
    for (const idea of ['a walrus who wants to learn to ice skate', 'a firefighter who rescues a kitten from a tall tree', 'a red tractor who helps the farmer']) {
      const request = storyRequestFor({ prompt: idea, profile: listener, scenes: 4, mode: 'child' });
      const result = await model.generate({ prompt: formatStoryRequest(request), schema: storyDraftJsonSchema, seed: 1 });
      const story = storyDraftSchema.parse(result.json);
      const hero = idea.split(' ')[1] === 'red' ? 'tractor' : idea.split(' ')[1];
      expect(story.scenes.map((scene) => scene.text).join(' '), idea).toContain(hero);
      expect(story.characters[0].looks, idea).toContain(hero);
    }
  });
});
