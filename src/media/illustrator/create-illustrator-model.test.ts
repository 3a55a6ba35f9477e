import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageConformance } from '../../providers/conformance/image.conformance.ts';
import { createIllustratorModel } from './create-illustrator-model.ts';
import { deriveScene } from './derive-scene.ts';
import { colourShare, decodePixels, meanColourDistance, meanLuminance, meanSaturation } from './testing/picture-statistics.ts';

imageConformance('builtin:illustrator', { model: () => createIllustratorModel(), provider: 'builtin', modelId: 'illustrator' });

const model = createIllustratorModel();
const size = { width: 320, height: 180 };

async function draw(prompt: string, seed = 1, extra: { width?: number; height?: number } = {}) {
  return model.generate({ prompt, seed, ...size, ...extra });
}

/** A flat square of one colour, as a user's photo would arrive. */
async function solidPicture(colour: { r: number; g: number; b: number }) {
  const data = await sharp({ create: { width: 120, height: 120, channels: 3, background: colour } }).jpeg().toBuffer();
  return { data: new Uint8Array(data), mediaType: 'image/jpeg' };
}

describe('createIllustratorModel', () => {
  it('draws the same bytes for the same prompt and seed', async () => {
    const first = await draw('a sleepy dragon who lost his blanket', 42);
    const second = await draw('a sleepy dragon who lost his blanket', 42);
    expect(Buffer.from(first.image.data).equals(Buffer.from(second.image.data))).toBe(true);
    expect(first.description).toBe(second.description);
  });

  it('draws visibly different pictures for different seeds', async () => {
    for (const prompt of ['a fox', 'a fox in a meadow at day']) {
      const pictures = await Promise.all([1, 2, 3].map(async (seed) => decodePixels((await draw(prompt, seed)).image.data)));
      expect(meanColourDistance(pictures[0], pictures[1])).toBeGreaterThan(0.02);
      expect(meanColourDistance(pictures[1], pictures[2])).toBeGreaterThan(0.02);
    }
  });

  it('draws visibly different pictures for different prompts', async () => {
    const dragon = await decodePixels((await draw('a dragon in a forest at night')).image.data);
    const whale = await decodePixels((await draw('a whale in the ocean at day')).image.data);
    expect(meanColourDistance(dragon, whale)).toBeGreaterThan(0.1);
  });

  it('draws night scenes darker than day scenes', async () => {
    for (const place of ['meadow', 'city', 'beach', 'snowy village', 'under the sea']) {
      for (const seed of [1, 2]) {
        const night = meanLuminance(await decodePixels((await draw(`a fox in the ${place} at night`, seed)).image.data));
        const day = meanLuminance(await decodePixels((await draw(`a fox in the ${place} at day`, seed)).image.data));
        expect(night, place).toBeLessThan(day - 0.1);
      }
    }
  });

  it('draws energetic scenes more colourful than calm ones', async () => {
    // Everything but the energy is spelt out, so the seeded choices cannot change weather or palette.
    for (const prompt of ['a fox in the meadow at day, warm, clear, on the left', 'a robot in the city at sunset, cool, clear, in the middle', 'a turtle swimming under the sea at day, vivid, on the right']) {
      const calm = meanSaturation(await decodePixels((await draw(`${prompt}, calm`)).image.data));
      const energetic = meanSaturation(await decodePixels((await draw(`${prompt}, energetic`)).image.data));
      expect(energetic, prompt).toBeGreaterThan(calm + 0.05);
    }
  });

  it('names the subject of the prompt in its description', async () => {
    for (const [prompt, word] of [
      ['a sleepy dragon who lost his blanket', 'dragon'],
      ['space cats', 'cats'],
      ['a unicorn by the castle', 'unicorn'],
      ['a penguin in the snow', 'penguin'],
    ]) {
      const { description } = await draw(prompt);
      expect(description).toMatch(/^[A-Z].*\.$/);
      expect(description).toContain(word);
    }
  });

  it('puts a reference picture where the main subject would be', async () => {
    const prompt = 'a cat in the meadow at day';
    const reference = await solidPicture({ r: 255, g: 0, b: 255 });
    const scene = deriveScene(prompt, { seed: 3, aspectRatio: size.width / size.height });
    const main = scene.subjects[0];
    // The middle of the subject's slot: the portrait is a circle centred there.
    const slot: [number, number, number, number] = [main.x - 0.03, main.y - main.height * 0.6, main.x + 0.03, main.y - main.height * 0.4];
    const result = await model.generate({ prompt, seed: 3, ...size, referenceImages: [reference] });
    const withReference = await decodePixels(result.image.data);
    const without = await decodePixels((await draw(prompt, 3)).image.data);
    expect(colourShare(withReference, [255, 0, 255], slot)).toBeGreaterThan(0.8);
    expect(colourShare(without, [255, 0, 255], slot)).toBe(0);
    expect(colourShare(withReference, [255, 0, 255], [0, 0, 1, 1])).toBeLessThan(0.2);
    expect(result.description).toContain('(from your picture)');
  });

  it('keeps the outline of a cut-out reference and spreads several references over the subjects', async () => {
    const prompt = 'a cat and a dog in the meadow at day';
    const circle = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40" fill="#00ffff"/></svg>');
    const cutout = { data: new Uint8Array(await sharp(circle).png().toBuffer()), mediaType: 'image/png' };
    const photo = await solidPicture({ r: 255, g: 0, b: 255 });
    const result = await model.generate({ prompt, seed: 5, ...size, referenceImages: [photo, cutout] });
    const pixels = await decodePixels(result.image.data);
    const [cat, dog] = deriveScene(prompt, { seed: 5, aspectRatio: size.width / size.height }).subjects;
    const around = (subject: typeof cat): [number, number, number, number] => [subject.x - 0.02, subject.y - subject.height * 0.55, subject.x + 0.02, subject.y - subject.height * 0.45];
    expect(colourShare(pixels, [255, 0, 255], around(cat))).toBeGreaterThan(0.8);
    expect(colourShare(pixels, [0, 255, 255], around(dog))).toBeGreaterThan(0.8);
    // The cut-out's transparent corners show the scene, not a square of picture.
    const corner: [number, number, number, number] = [dog.x - dog.height * 0.5 * (size.height / size.width), dog.y - dog.height, dog.x - dog.height * 0.4 * (size.height / size.width), dog.y - dog.height * 0.9];
    expect(colourShare(pixels, [0, 255, 255], corner)).toBeLessThan(0.2);
  });

  it('leaves out a reference it cannot read, with a warning', async () => {
    const result = await model.generate({ prompt: 'a cat', ...size, referenceImages: [{ data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' }] });
    expect(result.warnings).toEqual([expect.objectContaining({ setting: 'referenceImages[0]' })]);
    expect(result.description).not.toContain('your picture');
    expect((await sharp(Buffer.from(result.image.data)).metadata()).width).toBe(size.width);
  });

  it('draws at the requested size, clamped to 64..2048 with a warning', async () => {
    const exact = await model.generate({ prompt: 'a fox', width: 300, height: 200 });
    expect(await sharp(Buffer.from(exact.image.data)).metadata()).toMatchObject({ width: 300, height: 200, format: 'png' });
    expect(exact.warnings).toEqual([]);
    const clamped = await model.generate({ prompt: 'a fox', width: 4000, height: 20 });
    expect(await sharp(Buffer.from(clamped.image.data)).metadata()).toMatchObject({ width: 2048, height: 64 });
    expect(clamped.warnings.map((warning) => warning.setting).sort()).toEqual(['height', 'width']);
  });

  it('warns that it ignores a negative prompt', async () => {
    const result = await model.generate({ prompt: 'a fox', negativePrompt: 'rain', width: 64, height: 64 });
    expect(result.warnings).toEqual([expect.objectContaining({ setting: 'negativePrompt' })]);
  });

  it('refuses a size that is not a number', async () => {
    await expect(model.generate({ prompt: 'a fox', width: Number.NaN, height: 64 })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('stops when aborted before or during drawing', async () => {
    await expect(model.generate({ prompt: 'a fox', ...size, abortSignal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    // The timer fires once drawing has moved off the main thread, into resvg's renderer.
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1);
    const started = performance.now();
    await expect(model.generate({ prompt: 'a fox', width: 2048, height: 2048, abortSignal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('illustrator with one signal for several pictures', () => {
  it('draws twice with the same abort signal (a step passes its signal to every call)', async () => {
    const model = createIllustratorModel();
    const controller = new AbortController();
    for (const prompt of ['a fox in a forest', 'a whale in the ocean']) {
      const result = await model.generate({ prompt, width: 96, height: 64, abortSignal: controller.signal });
      expect(result.image.mediaType).toBe('image/png');
    }
  });
});
