import { afterAll, describe, expect, it } from 'vitest';
import { compositeByPerson } from '../../live-style/composite-by-person.ts';
import { greyPlane } from '../../live-style/estimate-person-shift.ts';
import { FilterWorkerPool } from './filter-worker-pool.ts';
import { applyPreset, findPreset } from './filter-presets.ts';
import { decodeRawImage, encodeRawImage } from './raw-image.ts';
import { restyleFrame } from './restyle-frame.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';

const pool = new FilterWorkerPool(2);
afterAll(() => pool.close());

describe('filter worker pool', () => {
  it('answers exactly what filtering on this thread answers, several frames at once', async () => {
    const frames = await Promise.all([0, 1, 2].map((time) => encodeRawImage(drawTestScene(128, 96, time))));
    const [inWorkers, here] = await Promise.all([
      Promise.all(frames.map((frame) => pool.run(frame, 'oil-paint', { palette: 'warm' }))),
      Promise.all(frames.map((frame) => restyleFrame(frame, 'oil-paint', { palette: 'warm' }))),
    ]);
    expect(inWorkers.map((frame) => Buffer.from(frame.data).toString('base64'))).toEqual(here.map((frame) => Buffer.from(frame.data).toString('base64')));
    expect(inWorkers[0]).toMatchObject({ width: 128, height: 96, mediaType: 'image/jpeg' });
  });

  it('brings errors back as Kiln errors, and keeps working after one', async () => {
    await expect(pool.run(new TextEncoder().encode('not a picture'), 'cartoon', {})).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/^The frame could not be decoded/) });
    expect((await pool.run(await encodeRawImage(drawTestScene(32, 32)), 'cartoon', {})).width).toBe(32);
  });

  it('drops a queued frame whose caller gave up', async () => {
    const frame = await encodeRawImage(drawTestScene(256, 256));
    const busy = [pool.run(frame, 'impressionist', {}), pool.run(frame, 'impressionist', {})];
    const controller = new AbortController();
    const queued = pool.run(frame, 'impressionist', {}, controller.signal);
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    await Promise.all(busy);
  });

  it('keeps the look on the room only by a mask, from the frame it decoded, in one encode', async () => {
    const frame = await encodeRawImage(drawTestScene(128, 96, 1));
    const camera = await decodeRawImage(frame);
    const mask = Uint8Array.from({ length: 128 * 96 }, (_, pixel) => ((pixel % 128) < 64 ? 255 : (pixel % 128) < 70 ? 128 : 0));
    const plane = greyPlane({ ...camera, channels: 3 });
    const answered = await pool.run(frame, 'thermal', {}, undefined, { subject: 'background', mask, width: 128, height: 96, plane, returnPixels: true });
    const expected = compositeByPerson(camera, await applyPreset(camera, findPreset('thermal')!), mask, { subject: 'background' });
    expect(Buffer.from(answered.data).equals(Buffer.from(await encodeRawImage(expected)))).toBe(true);
    expect(answered.person).toMatchObject({ composited: true, pixels: { width: 128, height: 96, channels: 3 } });
    expect(Array.from(answered.person!.pixels!.data)).toEqual(Array.from(camera.data));
  });
});
