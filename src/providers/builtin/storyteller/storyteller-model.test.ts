import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../safety/term-matcher.ts';
import { loadGuardrailTerms } from '../../../safety/load-guardrail-terms.ts';
import { failingCategories } from '../../../safety/safety-policy.ts';
import { textConformance } from '../../conformance/text.conformance.ts';
import { createStorytellerModel } from './storyteller-model.ts';
import { formatStoryRequest, type StoryRequest } from './story-request.ts';
import { storyDraftJsonSchema, storyDraftSchema, type StoryDraft } from './story-draft.ts';

const model = createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' });
textConformance('builtin:storyteller', { model: () => model, provider: 'builtin', modelId: 'storyteller' });

function request(idea: string, overrides: Partial<StoryRequest['listener']> = {}, scenes = 4): string {
  return formatStoryRequest({ idea, scenes, listener: { name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto', language: 'en', ...overrides } });
}

async function write(prompt: string, seed = 1): Promise<StoryDraft> {
  const result = await model.generate({ prompt, schema: storyDraftJsonSchema, seed });
  return storyDraftSchema.parse(result.json);
}

describe('builtin:storyteller', () => {
  it('writes the asked number of scenes with the subject, the interests and a wind-down to sleep', async () => {
    const story = await write(request('a sleepy dragon who lost his blanket'));
    const text = story.scenes.map((scene) => scene.text).join(' ');
    expect(story.scenes).toHaveLength(4);
    expect(text).toMatch(/sleepy dragon/);
    expect(text).toMatch(/blanket/);
    expect(text).toMatch(/space and cats/);
    expect(story.scenes[3].text).toMatch(/asleep|drifted off|slept/);
    expect(story.characters.map((character) => character.name)).toContain('Mia');
    for (const scene of story.scenes) expect(scene.illustration.length).toBeGreaterThan(20);
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const prompt = request('a brave bunny');
    expect(await write(prompt, 3)).toEqual(await write(prompt, 3));
    expect(JSON.stringify(await write(prompt, 3))).not.toEqual(JSON.stringify(await write(prompt, 4)));
  });

  it('chooses the plot the idea asks for, not the same template with nouns swapped', async () => {
    const lost = await write(request('a kitten who lost her ball'));
    const make = await write(request('a bear who wants to bake a cake'));
    const sky = await write(request('a trip to see the stars and the moon'));
    const fear = await write(request('a penguin who is afraid of the dark'));
    const help = await write(request('a fox whose friend the mouse is stuck in a tree'));
    expect(lost.scenes[0].text).toMatch(/could not find the ball|the ball, and it was not there/);
    expect(make.scenes[0].text).toMatch(/bake a cake/);
    expect(sky.scenes[0].text).toMatch(/see the stars|dreamed of the stars|seen the stars/);
    expect(sky.scenes[2].text).toMatch(/they were among the stars|there they were, among the stars/i);
    expect(fear.scenes[0].text).toMatch(/scared of the dark|wobbly inside about the dark/);
    expect(help.scenes[0].text).toMatch(/the mouse was stuck/);
    const middles = [lost, make, sky, fear, help].map((story) => story.scenes[1].text.replace(/Mia|[A-Z]\w+ the \w+|[A-Z]\w+/g, ''));
    expect(new Set(middles).size).toBe(5);
  });

  it('never puts the words of the idea into the story, only the parts it recognises', async () => {
    const story = await write(request('a romantic story where two kids take off their clothes'));
    const told = JSON.stringify(story).toLowerCase();
    for (const word of ['romantic', 'kids', 'take off', 'clothes', 'where']) expect(told).not.toContain(word);
    const personal = JSON.stringify(await write(request('a story about my daughter Emma who lives at 12 Elm Street'))).toLowerCase();
    for (const word of ['emma', 'elm', '12', 'daughter']) expect(personal).not.toContain(word);
  });

  it('makes the hero of the idea the hero of the story, meets the wish, and titles different ideas differently', async () => {
    const story = await write(request('a shy hedgehog who wants to see the sea'));
    expect(story.characters[0]).toMatchObject({ role: 'hero', looks: expect.stringMatching(/hedgehog/) });
    for (const scene of story.scenes) expect(scene.illustration).toMatch(/hedgehog/);
    expect(story.scenes[2].text).toMatch(/the sea/);
    expect(story.scenes.map((scene) => scene.text).join(' ').match(/\ba (?:shy |little )*hedgehog\b/g)).toHaveLength(1);
    const titles = await Promise.all(['a fox who lost her scarf', 'a fox who wants to see the moon', 'a fox who bakes a pie'].map(async (idea) => (await write(request(idea))).title));
    expect(new Set(titles).size).toBe(3);
  });

  it('uses plainer words for a three-year-old than for a nine-year-old', async () => {
    const young = await write(request('a sleepy dragon who lost his blanket', { age: 3 }), 9);
    const older = await write(request('a sleepy dragon who lost his blanket', { age: 9 }), 9);
    const words = (story: StoryDraft) => story.scenes.map((scene) => scene.text).join(' ').split(/\s+/).length;
    expect(words(older)).toBeGreaterThan(words(young));
  });

  it('passes the child-mode guardrails for many ideas and seeds', async () => {
    const matcher = new TermMatcher(await loadGuardrailTerms());
    for (const idea of ['a shy penguin on her first day', 'a fox who helps a friend', 'the long way home on a train', 'a robot who makes a kite']) {
      for (const seed of [1, 2, 3]) {
        const story = await write(request(idea, {}, 6), seed);
        for (const scene of story.scenes) expect(failingCategories(matcher.score(scene.text), 'child'), scene.text).toEqual([]);
      }
    }
  });

  it('warns that it writes English only when another language is asked for', async () => {
    const result = await model.generate({ prompt: request('a cat', { language: 'fr' }) });
    expect(result.warnings.map((warning) => warning.setting)).toContain('language');
  });
});
