import { describe, expect, it } from 'vitest';
import { deriveScene } from '../../media/illustrator/derive-scene.ts';
import { picturePrompt } from './illustrate-step.ts';
import { sceneTime } from './scene-light.ts';
import { echoesIdea } from './story-title.ts';

const characters = [{ name: 'Pip', role: 'hero', looks: 'a small green hedgehog with a round tummy, wearing a red scarf' }];

describe('picture light from the scene', () => {
  it('takes the time of day from the brief, then the scene text, and is daylight when neither names one', () => {
    expect(sceneTime('Pip setting off, morning sunshine', 'That night…')).toBe('morning');
    expect(sceneTime('Pip at the mossy bridge', 'One evening, Pip went out.')).toBe('evening');
    expect(sceneTime('Pip asleep in bed at night')).toBe('night');
    expect(sceneTime('Pip at the windmill', 'The path led them on.')).toBe('day');
  });

  it('draws a daytime scene in daylight and a night scene at night, with the hero drawn as its kind', () => {
    const day = deriveScene(picturePrompt('Pip the hedgehog walking past the windmill', characters, 'The sun was warm.'), { seed: 1 });
    const night = deriveScene(picturePrompt('Pip the hedgehog fast asleep in bed', characters, 'That night the house grew quiet.'), { seed: 1 });
    expect(day.timeOfDay).toBe('day');
    expect(night.timeOfDay).toBe('night');
    for (const scene of [day, night]) expect(scene.subjects.filter((subject) => subject.kind === 'hedgehog')).toHaveLength(1);
    expect(picturePrompt('Pip at the sea', characters)).not.toMatch(/bedtime/);
  });

  it('draws the same child in the same colours in every scene', () => {
    const child = [{ name: 'Mia', role: 'hero', looks: 'a 5-year-old child with curly brown hair, wearing a yellow raincoat' }];
    const colours = ['Mia at the beach, bright daylight', 'Mia in bed at night', 'Mia in the garden at sunset'].map((brief, seed) =>
      deriveScene(picturePrompt(brief, child), { seed }).subjects.find((subject) => subject.kind === 'child')?.colour);
    expect(colours).toEqual(['yellow', 'yellow', 'yellow']);
  });
});

describe('titles', () => {
  it('notices a title that pastes four or more words of the idea', () => {
    expect(echoesIdea('Two Kids Take Off Their Clothes', 'a story where two kids take off their clothes')).toBe(true);
    expect(echoesIdea('Pip Sees the Sea', 'a shy hedgehog who wants to see the sea')).toBe(false);
  });
});

describe('the character card in every picture', () => {
  it('draws no object the scene does not name (the style words once drew an open book)', () => {
    const scene = deriveScene(picturePrompt('Pip the hedgehog by the mossy bridge', characters, 'Pip crossed the bridge.'), { seed: 2 });
    expect(scene.subjects.map((subject) => subject.kind)).toEqual(['hedgehog']);
  });

  it('keeps the card colours when a scene names other colours near the character', () => {
    const child = [{ name: 'Mia', role: 'hero', looks: 'a 5-year-old child with dark braids, wearing a yellow raincoat' }];
    const briefs = ['Mia holding a red kite in the meadow', 'Mia in a pink bedroom at night', 'Mia beside a green boat on the river'];
    const colours = briefs.map((brief, seed) => deriveScene(picturePrompt(brief, child), { seed }).subjects.find((subject) => subject.kind === 'child')?.colour);
    expect(colours).toEqual(['yellow', 'yellow', 'yellow']);
  });
});

describe('the picture follows its scene', () => {
  it('draws the place the scene text puts the characters in, not the one a brief word suggests', () => {
    const brief = 'Pip the hedgehog and Mia by the river, bright daylight';
    const scene = deriveScene(picturePrompt(brief, characters, 'They rested in the garden, under a tall sunflower.'), { seed: 4 });
    expect(scene.setting).toBe('garden');
    expect(deriveScene(picturePrompt(brief, characters, 'They walked on.'), { seed: 4 }).setting).toBe('river');
  });

  it('reads the clothes colour of a child whose hair is "in two bunches", and draws the bunches as nobody', () => {
    const child = [{ name: 'Mia', role: 'friend', looks: 'a 5-year-old child with red hair in two bunches, wearing a blue jumper' }];
    for (const seed of [1, 2, 3]) {
      const scene = deriveScene(picturePrompt('Pip the hedgehog and Mia by the pond, bright daylight', [...characters, ...child]), { seed });
      expect(scene.subjects.filter((subject) => subject.kind === 'child').map((subject) => subject.colour)).toEqual(['blue']);
    }
  });

  it('takes no night from a card\'s "dark braids"', () => {
    const child = [{ name: 'Mia', role: 'hero', looks: 'a 5-year-old child with dark braids, wearing a yellow raincoat' }];
    expect(deriveScene(picturePrompt('Mia at the beach, bright daylight', child), { seed: 5 }).timeOfDay).toBe('day');
  });
});
