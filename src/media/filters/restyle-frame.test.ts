import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeRawImage, encodeRawImage } from './raw-image.ts';
import { restyleFrame } from './restyle-frame.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';

function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let total = 0;
  for (let index = 0; index < a.length; index++) total += Math.abs(a[index] - b[index]);
  return total / a.length;
}

describe('restyleFrame', () => {
  it('answers a JPEG of the same size, visibly restyled, with its timings', async () => {
    const source = await encodeRawImage(drawTestScene(320, 240), 'image/jpeg', 90);
    const frame = await restyleFrame(source, 'pencil-sketch');
    expect(frame).toMatchObject({ mediaType: 'image/jpeg', width: 320, height: 240 });
    expect((await sharp(frame.data).metadata()).format).toBe('jpeg');
    const [before, after] = await Promise.all([decodeRawImage(source), decodeRawImage(frame.data)]);
    expect(meanDifference(before.data, after.data)).toBeGreaterThan(40);
    for (const value of Object.values(frame.timings)) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('scales large frames down to fit 512 pixels, keeping the aspect ratio', async () => {
    const source = await encodeRawImage(drawTestScene(1024, 768));
    expect(await restyleFrame(source, 'pixel-art')).toMatchObject({ width: 512, height: 384 });
  });

  it('answers WebP and reads WebP and PNG', async () => {
    const webp = await encodeRawImage(drawTestScene(64, 64), 'image/webp');
    const png = await encodeRawImage(drawTestScene(64, 64), 'image/png');
    expect((await restyleFrame(webp, 'cartoon', { outputMediaType: 'image/webp' })).mediaType).toBe('image/webp');
    expect((await restyleFrame(png, 'cartoon')).width).toBe(64);
  });

  it('blends toward the source as strength falls', async () => {
    const source = await encodeRawImage(drawTestScene(128, 128), 'image/png');
    const original = await decodeRawImage(source);
    const differences = [];
    for (const strength of [0, 0.5, 1]) {
      const frame = await restyleFrame(source, 'neon-edges', { strength, outputMediaType: 'image/png' });
      differences.push(meanDifference(original.data, (await decodeRawImage(frame.data)).data));
    }
    expect(differences[0]).toBe(0);
    expect(differences[1]).toBeGreaterThan(10);
    expect(differences[2]).toBeGreaterThan(differences[1] * 1.5);
  });

  it('refuses bytes that are not a picture, and unknown presets, with a sentence', async () => {
    await expect(restyleFrame(new TextEncoder().encode('hello, not a JPEG'), 'cartoon')).rejects.toMatchObject({
      code: 'bad_input', message: expect.stringMatching(/^The frame could not be decoded as an image/),
    });
    const source = await encodeRawImage(drawTestScene(32, 32));
    await expect(restyleFrame(source, 'vaporwave')).rejects.toThrow(/no preset named "vaporwave"; choose one of: cartoon/);
  });
});
