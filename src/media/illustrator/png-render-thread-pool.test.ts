import { afterAll, describe, expect, it } from 'vitest';
import { deriveScene } from './derive-scene.ts';
import { PngRenderThreadPool } from './png-render-thread-pool.ts';
import { renderSceneSvg } from './render-scene-svg.ts';
import { renderSvgToPng } from './render-svg-to-png.ts';

const pool = new PngRenderThreadPool(1);
afterAll(() => pool.close());

describe('PngRenderThreadPool', () => {
  it('gives the bytes the calling thread gives', async () => {
    for (const prompt of ['a sleepy dragon in a moonlit forest', 'two cats on a boat at sunset in the rain']) {
      const svg = renderSceneSvg(deriveScene(prompt, { seed: 3, aspectRatio: 16 / 9 }), { width: 320, height: 180, references: [] });
      expect(Buffer.from(await pool.run(svg)).equals(Buffer.from(await renderSvgToPng(svg)))).toBe(true);
    }
  });

  it('answers a picture resvg cannot read with an error, and keeps working', async () => {
    await expect(pool.run('<svg')).rejects.toMatchObject({ code: 'provider_failed' });
    const svg = renderSceneSvg(deriveScene('a fox', { seed: 1 }), { width: 64, height: 64, references: [] });
    expect((await pool.run(svg)).byteLength).toBeGreaterThan(0);
  });

  it('drops a render that was cancelled', async () => {
    const controller = new AbortController();
    const svg = renderSceneSvg(deriveScene('a fox', { seed: 1 }), { width: 64, height: 64, references: [] });
    const rendering = pool.run(svg, controller.signal);
    controller.abort(new Error('cancelled by the test'));
    await expect(rendering).rejects.toThrow('cancelled by the test');
  });
});
