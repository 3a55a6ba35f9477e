import { describe, expect, it } from 'vitest';
import { restyleConformance } from '../../providers/conformance/restyle.conformance.ts';
import { createFilterRestyleModel } from './create-filter-restyle-model.ts';
import { encodeRawImage } from './raw-image.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';

restyleConformance('builtin:filters', {
  model: () => createFilterRestyleModel(),
  provider: 'builtin',
  modelId: 'filters',
});

describe('filter restyle model', () => {
  const image = async () => ({ data: await encodeRawImage(drawTestScene(96, 96)), mediaType: 'image/jpeg' });

  it('lets the prompt’s words choose the look', async () => {
    const model = createFilterRestyleModel();
    const oil = await model.restyle({ image: await image(), prompt: 'an oil painting' });
    const sketch = await model.restyle({ image: await image(), prompt: 'a pencil sketch' });
    const sameSketch = await model.restyle({ image: await image(), prompt: 'preset:pencil-sketch' });
    expect(Buffer.from(sketch.image.data).equals(Buffer.from(oil.image.data))).toBe(false);
    expect(Buffer.from(sameSketch.image.data).equals(Buffer.from(sketch.image.data))).toBe(true);
    expect(oil.warnings).toEqual([]);
  });

  it('refuses an unknown preset name with the list of presets', async () => {
    await expect(createFilterRestyleModel().restyle({ image: await image(), prompt: 'preset:claymation' })).rejects.toMatchObject({
      name: 'BadInputError', message: expect.stringContaining('choose one of: cartoon, comic, anime, impressionist'),
    });
  });

  it('warns when no word matched, and when asked for a seed or a type it cannot write', async () => {
    const result = await createFilterRestyleModel().restyle({ image: await image(), prompt: 'a cat', seed: 3, outputMediaType: 'image/avif' });
    expect(result.warnings.map((warning) => warning.setting)).toEqual(['prompt', 'seed', 'outputMediaType']);
    expect(result.image.mediaType).toBe('image/jpeg');
  });

  it('carries the identity the built-in catalogue gives it', () => {
    expect(createFilterRestyleModel({ provider: 'offline', modelId: 'filters' })).toMatchObject({ provider: 'offline', modelId: 'filters' });
  });
});
