import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createIllustratorModel } from '../../media/illustrator/create-illustrator-model.ts';
import { classifyPicture } from './classify-picture.ts';
import { loadNsfwModel } from './load-nsfw-model.ts';

// The real nsfwjs model (weights from the npm package) on TensorFlow.js's WebAssembly backend.
describe('classifyPicture with the bundled nsfwjs model', () => {
  it('loads once per process', async () => {
    expect(await loadNsfwModel()).toBe(await loadNsfwModel());
  });

  it('gives five class probabilities that sum to one for a photo-like picture', async () => {
    const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 140, b: 60 } } }).png().toBuffer();
    const result = await classifyPicture({ data: png, mediaType: 'image/png' });
    const total = Object.values(result.scores).reduce((sum, probability) => sum + probability, 0);
    expect(total).toBeCloseTo(1, 3);
    expect(result.categories).toEqual([expect.objectContaining({ category: 'Sexual' })]);
  });

  it('lets the built-in illustrator\'s bedtime pictures through, bath and beach scenes included', async () => {
    const illustrator = createIllustratorModel();
    const prompts = ['two children having a bath with bubbles and a rubber duck', 'a boy swimming at the beach on a sunny day', 'a girl in pyjamas on her bed at night'];
    for (const [index, prompt] of prompts.entries()) {
      const { image } = await illustrator.generate({ prompt, width: 768, height: 576, seed: index });
      const result = await classifyPicture(image);
      expect(result.categories[0].severity, prompt).toBe(0);
      expect(result.scores.Drawing + result.scores.Neutral, prompt).toBeGreaterThan(0.9);
    }
  });

  it('refuses bytes that are not a picture', async () => {
    await expect(classifyPicture({ data: new TextEncoder().encode('not a picture'), mediaType: 'image/png' })).rejects.toThrow();
  });
});
