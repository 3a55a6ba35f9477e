import { afterAll, describe, expect, it } from 'vitest';
import { FilterWorkerPool } from './filter-worker-pool.ts';
import { encodeRawImage } from './raw-image.ts';
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
});
