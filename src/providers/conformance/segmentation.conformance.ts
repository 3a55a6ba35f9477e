import { describe, expect, it } from 'vitest';
import type { PersonMask, SegmentationModel } from '../spec/index.ts';
import { drawPersonFigure } from '../testing/draw-person-figure.ts';
import { expectAborted, expectIdentity, expectWarnings, type ConformanceSetup } from './conformance-setup.ts';

/** Intersection over union of a mask (person where ≥ 128) and the drawn truth. */
export function maskIntersectionOverUnion(mask: PersonMask, truth: Uint8Array): number {
  let intersection = 0;
  let union = 0;
  for (let index = 0; index < truth.length; index++) {
    const person = mask.data[index] >= 128;
    if (person && truth[index]) intersection += 1;
    if (person || truth[index]) union += 1;
  }
  return union === 0 ? 0 : intersection / union;
}

/**
 * The contract every segmentation model keeps: a drawn head and shoulders is told from the wall
 * behind it. `minimumOverlap` is the backend's own honest figure (the built-in model scores 0.99 on
 * this figure; an empty mask scores 0, a full one about 0.27).
 */
export function segmentationConformance(label: string, setup: ConformanceSetup<SegmentationModel> & { minimumOverlap: number }): void {
  describe(`${label}: segmentation model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('separates a drawn person from a textured room, from encoded bytes', async () => {
      const figure = await drawPersonFigure();
      const result = await setup.model().segment({ image: { data: figure.png, mediaType: 'image/png' } });
      expect([result.mask.width, result.mask.height]).toEqual([figure.width, figure.height]);
      expect(maskIntersectionOverUnion(result.mask, figure.truth)).toBeGreaterThan(setup.minimumOverlap);
      expectWarnings(result.warnings);
    });

    it('follows the person when they move, from raw pixels', async () => {
      const figure = await drawPersonFigure({ width: 320, height: 240, shiftX: 70 });
      const sharp = (await import('sharp')).default;
      const { data, info } = await sharp(figure.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const result = await setup.model().segment({ image: { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 } });
      expect(maskIntersectionOverUnion(result.mask, figure.truth)).toBeGreaterThan(setup.minimumOverlap);
    });

    it('honours an abort signal given already aborted', async () => {
      const figure = await drawPersonFigure({ width: 64, height: 48 });
      await expectAborted(setup.model().segment({ image: { data: figure.png, mediaType: 'image/png' }, abortSignal: AbortSignal.abort() }));
    });
  });
}
