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

/** A magenta figure on a plain white background, as a character drawing often arrives. */
async function figureOnPlainBackground(colour: { r: number; g: number; b: number }) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="160"><rect width="120" height="160" fill="#ffffff"/>`
    + `<rect x="30" y="20" width="60" height="130" rx="24" fill="rgb(${colour.r},${colour.g},${colour.b})"/></svg>`;
  return { data: new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer()), mediaType: 'image/jpeg' };
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

  it('cuts a character out of its plain background and stands it large in the main place, beside the subjects the prompt names', async () => {
    const prompt = 'a robot in the meadow at day';
    const reference = await figureOnPlainBackground({ r: 255, g: 0, b: 255 });
    const scene = deriveScene(prompt, { seed: 3, aspectRatio: size.width / size.height, characters: 1 });
    const [character, robot] = scene.subjects;
    expect(character.picture).toBe(0);
    expect(character.height).toBeGreaterThanOrEqual(0.4);
    expect(robot.kind).toBe('robot');
    const result = await model.generate({ prompt, seed: 3, ...size, referenceImages: [reference] });
    const pixels = await decodePixels(result.image.data);
    const middle: [number, number, number, number] = [character.x - 0.02, character.y - character.height * 0.55, character.x + 0.02, character.y - character.height * 0.45];
    expect(colourShare(pixels, [255, 0, 255], middle)).toBeGreaterThan(0.8);
    // The white background is gone: no white box around the figure.
    const besideFigure: [number, number, number, number] = [character.x - character.height * 0.3 * (size.height / size.width), character.y - character.height * 0.95, character.x - character.height * 0.25 * (size.height / size.width), character.y - character.height * 0.85];
    expect(colourShare(pixels, [255, 255, 255], besideFigure)).toBeLessThan(0.2);
    expect(colourShare(await decodePixels((await draw(prompt, 3)).image.data), [255, 0, 255], [0, 0, 1, 1])).toBe(0);
    // The alt text says what is drawn: the person's character (not a guess at what it is) and the robot.
    expect(result.description).toMatch(/^Your character with an? \w+ robot /);
    expect(result.description).not.toContain('from your picture');
  });

  it('keeps the outline of a cut-out reference and gives each picture its own place', async () => {
    const prompt = 'a cat and a dog in the meadow at day';
    const circle = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40" fill="#00ffff"/></svg>');
    const cutout = { data: new Uint8Array(await sharp(circle).png().toBuffer()), mediaType: 'image/png' };
    const figure = await figureOnPlainBackground({ r: 255, g: 0, b: 255 });
    const result = await model.generate({ prompt, seed: 5, ...size, referenceImages: [figure, cutout] });
    const pixels = await decodePixels(result.image.data);
    const [first, second] = deriveScene(prompt, { seed: 5, aspectRatio: size.width / size.height, characters: 2 }).subjects;
    const around = (subject: typeof first): [number, number, number, number] => [subject.x - 0.02, subject.y - subject.height * 0.55, subject.x + 0.02, subject.y - subject.height * 0.45];
    expect(colourShare(pixels, [255, 0, 255], around(first))).toBeGreaterThan(0.8);
    expect(colourShare(pixels, [0, 255, 255], around(second))).toBeGreaterThan(0.8);
    // The cut-out's transparent corners show the scene, not a square of picture.
    const corner: [number, number, number, number] = [second.x - second.height * 0.5 * (size.height / size.width), second.y - second.height, second.x - second.height * 0.4 * (size.height / size.width), second.y - second.height * 0.9];
    expect(colourShare(pixels, [0, 255, 255], corner)).toBeLessThan(0.2);
    expect(result.description).toMatch(/^Your two characters with an? \w+ cat and an? \w+ dog /);
  });

  it('leaves out a picture of one flat colour, which has no subject, with a warning', async () => {
    const result = await model.generate({ prompt: 'a cat', ...size, referenceImages: [await solidPicture({ r: 255, g: 0, b: 255 })] });
    expect(result.warnings).toEqual([expect.objectContaining({ setting: 'referenceImages[0]', message: expect.stringMatching(/no subject/) })]);
    expect(colourShare(await decodePixels(result.image.data), [255, 0, 255], [0, 0, 1, 1])).toBe(0);
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

  it('leaves the characters\' places empty when asked to reserve them, and says where they are, drawn or not', async () => {
    const magenta = { r: 255, g: 0, b: 255 };
    const options = { prompt: 'a meadow by day', seed: 3, ...size, referenceImages: [await figureOnPlainBackground(magenta)] };
    const drawn = await model.generate(options);
    const reserved = await model.generate({ ...options, referencePlacement: 'reserve' });
    expect(colourShare(await decodePixels(drawn.image.data), [255, 0, 255])).toBeGreaterThan(0.01);
    expect(colourShare(await decodePixels(reserved.image.data), [255, 0, 255])).toBe(0);
    expect(reserved.referencePlaces).toHaveLength(1);
    // Drawn in, the character stands where its place would have been left (a music video's close-ups aim there).
    expect(drawn.referencePlaces).toEqual(reserved.referencePlaces);
    const [place] = reserved.referencePlaces!;
    expect(place.x).toBeGreaterThan(0);
    expect(place.x).toBeLessThan(1);
    expect(place.y - place.height).toBeGreaterThanOrEqual(0);
    expect(reserved.description).toMatch(/character/i);
  });
});
