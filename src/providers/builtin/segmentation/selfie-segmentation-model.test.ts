import { describe, expect, it } from 'vitest';
import { segmentationConformance } from '../../conformance/segmentation.conformance.ts';
import { createBuiltinBackend } from '../builtin-backend.ts';
import { createBuiltinModelCatalog } from '../builtin-models.ts';
import { createSelfieSegmentationModel, selfieModelProblem } from './selfie-segmentation-model.ts';

// The real MediaPipe selfie model (weights from the npm package) on TensorFlow.js's WebAssembly backend.
const identity = { provider: 'builtin', modelId: 'selfie' };
segmentationConformance('builtin:selfie', { model: () => createSelfieSegmentationModel(identity), ...identity, minimumOverlap: 0.9 });

describe('the built-in selfie segmentation model', () => {
  it('finds nobody in an all-black frame', async () => {
    const sharp = (await import('sharp')).default;
    const black = await sharp({ create: { width: 160, height: 120, channels: 3, background: '#000' } }).png().toBuffer();
    const { mask } = await createSelfieSegmentationModel(identity).segment({ image: { data: black, mediaType: 'image/png' } });
    expect(mask.data.filter((value) => value >= 128).length / mask.data.length).toBeLessThan(0.05);
  });

  it('refuses a picture too small to read with a sentence', async () => {
    const pixels = { data: new Uint8Array(8 * 8 * 3), width: 8, height: 8, channels: 3 as const };
    await expect(createSelfieSegmentationModel(identity).segment({ image: pixels })).rejects.toMatchObject({ code: 'bad_input', message: /at least 16 pixels/ });
  });

  it('reports a missing model file in health and drops the capability, without failing the backend', async () => {
    process.env.KILN_SEGMENTATION_MODEL = '/nonexistent/selfie.json';
    try {
      expect(await selfieModelProblem()).toMatch(/Person segmentation is off: its model file .* is missing/);
      const catalog = createBuiltinModelCatalog();
      catalog.register('segmentation', 'selfie', createSelfieSegmentationModel, selfieModelProblem);
      const backend = createBuiltinBackend({ catalog });
      const status = await backend.health(AbortSignal.timeout(5000));
      expect(status).toMatchObject({ state: 'ready', reason: expect.stringMatching(/Person segmentation is off/) });
      expect(backend.capabilities).not.toContain('segmentation');
      expect(backend.capabilities).toContain('moderation');
    } finally {
      delete process.env.KILN_SEGMENTATION_MODEL;
    }
    expect(await selfieModelProblem()).toBeUndefined();
  });
});
