import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createFilterRestyleModel } from '../media/filters/create-filter-restyle-model.ts';
import { decodeRawImage } from '../media/filters/raw-image.ts';
import { createSelfieSegmentationModel } from '../providers/builtin/segmentation/selfie-segmentation-model.ts';
import { drawPersonFigure } from '../providers/testing/draw-person-figure.ts';
import { PersonMaskSmoother } from './person-mask-smoother.ts';
import { PersonMaskTracker } from './person-mask-tracker.ts';
import { restyleSubject } from './restyle-subject.ts';
import { frameThumbnail } from './similarity-filter.ts';
import type { RawPixels } from '../providers/spec/index.ts';

const segmentation = createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' });
const segment = async (pixels: RawPixels) => ({ kind: 'mask' as const, mask: (await segmentation.segment({ image: pixels })).mask });
/** A stream's first frame: a new tracker, which waits for the frame's own mask. */
const firstFrame = async (camera: Uint8Array) => ({ tracker: new PersonMaskTracker(), segment, thumbnail: await frameThumbnail(camera) });
const filters = createFilterRestyleModel({ threads: 'inline' });

/** Mean absolute difference per channel byte over the pixels where `where` holds. */
function meanDifference(first: Uint8Array, second: Uint8Array, where: (pixel: number) => boolean): number {
  let total = 0;
  let count = 0;
  for (let pixel = 0; pixel < first.length / 3; pixel++) {
    if (!where(pixel)) continue;
    for (let channel = 0; channel < 3; channel++) total += Math.abs(first[pixel * 3 + channel] - second[pixel * 3 + channel]);
    count += 3;
  }
  return total / count;
}

describe('restyleSubject with the built-in selfie model', async () => {
  const figure = await drawPersonFigure({ width: 320, height: 240 });
  const camera = new Uint8Array(await sharp(figure.png).jpeg({ quality: 95 }).toBuffer());
  const styled = (await filters.restyle({ image: { data: camera, mediaType: 'image/jpeg' }, prompt: 'preset:thermal' })).image.data;
  const cameraPixels = await decodeRawImage(camera, 4096);
  const styledPixels = await decodeRawImage(styled, 4096);
  const person = (pixel: number) => figure.truth[pixel] === 1;
  const room = (pixel: number) => figure.truth[pixel] === 0;

  it('styles the room and leaves the streamer as the camera saw them', async () => {
    const mixed = await decodeRawImage((await restyleSubject(camera, styled, { subject: 'background', ...(await firstFrame(camera)) }))!, 4096);
    expect(meanDifference(mixed.data, cameraPixels.data, person)).toBeLessThan(meanDifference(styledPixels.data, cameraPixels.data, person) / 4);
    expect(meanDifference(mixed.data, styledPixels.data, room)).toBeLessThan(meanDifference(cameraPixels.data, styledPixels.data, room) / 4);
  });

  it('puts the styled streamer over a colour', async () => {
    const mixed = await decodeRawImage((await restyleSubject(camera, styled, { subject: 'person', backdrop: '#00ff00', ...(await firstFrame(camera)) }))!, 4096);
    const green = Uint8Array.from({ length: mixed.data.length }, (_, index) => (index % 3 === 1 ? 255 : 0));
    expect(meanDifference(mixed.data, green, room)).toBeLessThan(20);
    expect(meanDifference(mixed.data, styledPixels.data, person)).toBeLessThan(20);
  });

  it('gives up on a frame too small to read, so the caller sends it styled whole', async () => {
    const tiny = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().toBuffer());
    expect(await restyleSubject(tiny, tiny, { subject: 'background', ...(await firstFrame(tiny)) })).toBeUndefined();
  });
});

describe('PersonMaskSmoother', () => {
  it('halves an edge that flickers between frames and feathers a hard step', () => {
    const smoother = new PersonMaskSmoother();
    const width = 64;
    const maskAt = (edge: number) => ({ width, height: 1, data: Uint8Array.from({ length: width }, (_, x) => (x < edge ? 255 : 0)) });
    const outputs = [30, 34, 30, 34, 30].map((edge) => smoother.smooth(maskAt(edge)));
    const swing = Math.abs(outputs[4][32] - outputs[3][32]);
    expect(swing).toBeLessThan(255 * 0.6);
    expect(swing).toBeGreaterThan(0);
    smoother.reset();
    const single = smoother.smooth(maskAt(32));
    expect(single[31]).toBeGreaterThan(0);
    expect(single[31]).toBeLessThan(255);
  });
});
