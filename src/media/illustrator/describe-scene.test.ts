import { describe, expect, it } from 'vitest';
import { deriveScene } from './derive-scene.ts';
import { describeScene } from './describe-scene.ts';
import { sceneSettings, type SceneDescription, type SceneSubject } from './scene-description.ts';

const dragon: SceneSubject = {
  kind: 'dragon',
  noun: 'dragon',
  colour: 'green',
  size: 'small',
  pose: 'sleeping',
  expression: 'sleepy',
  facing: 'right',
  x: 0.33,
  y: 0.88,
  height: 0.4,
  role: 'main',
};

const starryForest: SceneDescription = {
  setting: 'forest',
  timeOfDay: 'night',
  weather: 'stars',
  palette: 'pastel',
  energy: 0.5,
  composition: { placement: 'left', framing: 'medium' },
  subjects: [dragon],
  variation: 1,
};

describe('describeScene', () => {
  it('says who, doing what, where and in which colours, in one sentence', () => {
    expect(describeScene(starryForest)).toBe('A small green dragon curled up asleep under a starry night sky in a pine forest, in soft pastel colours.');
  });

  it('groups companions of a kind and counts them', () => {
    const owl: SceneSubject = { ...dragon, kind: 'owl', noun: 'owl', colour: 'brown', size: 'medium', pose: 'sitting', role: 'companion' };
    const kitten: SceneSubject = { ...dragon, kind: 'cat', noun: 'kitten', colour: 'orange', size: 'medium', pose: 'playing' };
    const scene: SceneDescription = { ...starryForest, energy: 0.9, timeOfDay: 'day', weather: 'clear', subjects: [kitten, { ...kitten, role: 'companion' }, { ...kitten, role: 'companion' }, owl] };
    expect(describeScene(scene)).toBe('Three orange kittens dancing with a brown owl on a sunny day in a pine forest, in soft pastel colours, full of energy.');
  });

  it('names the subject the prompt named, in the prompt\'s own word', () => {
    for (const [prompt, word] of [
      ['a fluffy bunny in the garden', 'bunny'],
      ['space cats', 'cats'],
      ['a rocket to the moon', 'rocket'],
      ['an octopus under the sea', 'octopus'],
      ['two puppies on the beach', 'puppies'],
    ]) {
      expect(describeScene(deriveScene(prompt)).toLowerCase()).toContain(word);
    }
  });

  it('names every setting in words of its own', () => {
    const sentences = sceneSettings.map((setting) => describeScene({ ...starryForest, setting }).replace(/^.*? asleep /, ''));
    expect(new Set(sentences).size).toBe(sceneSettings.length);
    expect(describeScene({ ...starryForest, setting: 'volcano' })).toContain('by a smoking volcano');
    expect(describeScene({ ...starryForest, setting: 'arctic', timeOfDay: 'day', weather: 'clear' })).toContain('on a sunny day on the Arctic ice');
  });

  it('says only what it drew: no sky in a cave, the starry black sky on the Moon, no bedtime in a kitchen', () => {
    expect(describeScene({ ...starryForest, setting: 'cave' })).toBe('A small green dragon curled up asleep in a cave of glowing crystals, in soft pastel colours.');
    expect(describeScene({ ...starryForest, setting: 'moon-surface', timeOfDay: 'day' })).toContain('under a black, starry sky on the surface of the Moon');
    expect(describeScene({ ...starryForest, setting: 'kitchen', weather: 'clear' })).toContain('at night in a kitchen');
    expect(describeScene(deriveScene('a penguin on an iceberg'))).toContain('on the Arctic ice');
  });

  it('uses "an" before a vowel sound and "a" before "unicorn"', () => {
    const owl = describeScene({ ...starryForest, subjects: [{ ...dragon, kind: 'owl', noun: 'owl', size: 'medium', colour: 'brown' }] });
    expect(owl).toMatch(/^A brown owl/);
    const elephant = describeScene({ ...starryForest, subjects: [{ ...dragon, kind: 'elephant', noun: 'elephant', size: 'medium', colour: 'orange' }] });
    expect(elephant).toMatch(/^An orange elephant/);
    const unicorn = describeScene({ ...starryForest, subjects: [{ ...dragon, kind: 'unicorn', noun: 'unicorn', size: 'medium', colour: 'white' }] });
    expect(unicorn).toMatch(/^A white unicorn/);
  });
});
