import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { segmentPersonHere } from '../providers/builtin/segmentation/segment-person-here.ts';
import { createSelfieSegmentationModel } from '../providers/builtin/segmentation/selfie-segmentation-model.ts';
import type { RawPixels } from '../providers/spec/index.ts';
import { drawPersonFigure } from '../providers/testing/draw-person-figure.ts';
import type { PersonMaskAnswer } from './person-mask-queue.ts';
import { PersonMaskTracker } from './person-mask-tracker.ts';
import { compositeByPerson } from './composite-by-person.ts';
import { compositePersonFrame } from './composite-person-frame.ts';
import { frameThumbnail } from './similarity-filter.ts';

/** A camera frame of the drawn figure, `shiftX` pixels from the middle, as the tracker is given it. */
async function figureFrame(shiftX: number, side = { width: 320, height: 240 }) {
  const figure = await drawPersonFigure({ ...side, shiftX });
  const { data, info } = await sharp(figure.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels: RawPixels = { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 };
  return { pixels, thumbnail: await frameThumbnail(figure.png), truth: figure.truth };
}

/** The real selfie model, counted, with its last answer kept so a test can wait for it (by state, not by time). */
function countedModel() {
  const model = {
    calls: 0,
    last: undefined as Promise<PersonMaskAnswer> | undefined,
    segment: (pixels: RawPixels): Promise<PersonMaskAnswer> => {
      model.calls += 1;
      model.last = segmentPersonHere(pixels).then(({ mask }) => ({ kind: 'mask', mask }));
      return model.last;
    },
  };
  return model;
}

/** Intersection over union of the mask (at half confidence) and where the figure truly is. */
function iou(mask: Uint8Array, truth: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let index = 0; index < truth.length; index++) {
    const [inMask, inTruth] = [mask[index] >= 128, truth[index] === 1];
    if (inMask && inTruth) both += 1;
    if (inMask || inTruth) either += 1;
  }
  return both / either;
}

/** Share of the figure's own pixels the mask covers (at half confidence). */
function covered(mask: Uint8Array, truth: Uint8Array): number {
  let inside = 0;
  let hit = 0;
  for (let index = 0; index < truth.length; index++) {
    if (truth[index] !== 1) continue;
    inside += 1;
    if (mask[index] >= 128) hit += 1;
  }
  return hit / inside;
}

describe('PersonMaskTracker', () => {
  it('reuses the mask while the picture holds still and asks again once the streamer moves', async () => {
    const tracker = new PersonMaskTracker();
    const model = countedModel();
    const still = await figureFrame(-20);
    // The first frame has no mask to reuse: it waits for its own.
    const first = await tracker.maskFor(still, model.segment);
    expect(model.calls).toBe(1);
    expect(covered(first!, still.truth)).toBeGreaterThan(0.8);
    for (let frame = 0; frame < 5; frame++) expect(await tracker.maskFor(still, model.segment)).toBe(first);
    expect(model.calls).toBe(1);

    const moved = await figureFrame(20);
    // This frame asks for a new mask but goes out with the newest there is, the model's work still
    // under way: the old mask, moved with the person, so it covers them where they are now.
    const meanwhile = await tracker.maskFor(moved, model.segment);
    expect(model.calls).toBe(2);
    expect(iou(meanwhile!, moved.truth)).toBeGreaterThan(iou(first!, moved.truth) + 0.1);
    expect(iou(meanwhile!, moved.truth)).toBeGreaterThan(0.85);
    await model.last;
    const renewed = await tracker.maskFor(moved, model.segment);
    expect(renewed).not.toBe(first);
    expect(renewed).not.toBe(meanwhile);
    expect(covered(renewed!, moved.truth)).toBeGreaterThan(0.8);
    expect(model.calls).toBe(2);
  });

  it('runs the model on at most one frame in three while the streamer keeps moving', async () => {
    const tracker = new PersonMaskTracker({ minFramesBetween: 3 });
    const model = countedModel();
    for (let frame = 0; frame < 9; frame++) {
      await tracker.maskFor(await figureFrame(frame * 15 - 60), model.segment);
      await model.last;
    }
    expect(model.calls).toBe(3);
  });

  it('renews the mask of a still picture after maxFramesBetween frames', async () => {
    const tracker = new PersonMaskTracker({ maxFramesBetween: 4 });
    const model = countedModel();
    const still = await figureFrame(0);
    for (let frame = 0; frame < 5; frame++) await tracker.maskFor(still, model.segment);
    expect(model.calls).toBe(2);
  });

  it('has no mask for a frame the model cannot read, so the frame is styled whole', async () => {
    const tracker = new PersonMaskTracker();
    const model = countedModel();
    const tiny: RawPixels = { data: new Uint8Array(8 * 8 * 3), width: 8, height: 8, channels: 3 };
    const selfie = createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' });
    const refusing = (pixels: RawPixels) => selfie.segment({ image: pixels }).then(({ mask }): PersonMaskAnswer => ({ kind: 'mask', mask }));
    await expect(refusing(tiny)).rejects.toMatchObject({ code: 'bad_input' });
    expect(await tracker.maskFor({ pixels: tiny, thumbnail: new Uint8Array(32 * 32) }, refusing)).toBeUndefined();
    // A readable frame afterwards gets a mask again, waiting for it since there is none.
    const frame = await figureFrame(0);
    expect(covered((await tracker.maskFor(frame, model.segment))!, frame.truth)).toBeGreaterThan(0.8);
  });

  it('forgets the mask on reset: the next frame waits for a new one, and an answer from before is not used', async () => {
    const tracker = new PersonMaskTracker({ minFramesBetween: 1 });
    const model = countedModel();
    const left = await figureFrame(-70);
    const right = await figureFrame(70);
    const first = await tracker.maskFor(left, model.segment);
    await tracker.maskFor(right, model.segment); // asks in the background
    const beforeReset = model.last;
    tracker.reset();
    const afterReset = await tracker.maskFor(right, model.segment);
    expect(model.calls).toBe(3);
    expect(afterReset).not.toBe(first);
    expect(covered(afterReset!, right.truth)).toBeGreaterThan(0.8);
    // The answer asked for before the reset has come by now and changed nothing.
    await beforeReset;
    expect(await tracker.maskFor(right, model.segment)).toBe(afterReset);
  });

  it('lends its mask to a backend that mixes the frame itself, with the same masks and model runs as maskFor', async () => {
    const [here, lent] = [new PersonMaskTracker(), new PersonMaskTracker()];
    const [modelHere, modelLent] = [countedModel(), countedModel()];
    for (let frame = 0; frame < 8; frame++) {
      const shot = await figureFrame(frame * 15 - 60);
      const camera = { data: shot.pixels.data, width: shot.pixels.width, height: shot.pixels.height };
      const styled = { ...camera, data: camera.data.map((value) => 255 - value) };
      const expected = compositeByPerson(camera, styled, (await here.maskFor(shot, modelHere.segment))!, { subject: 'background' });
      const reusable = lent.reusableMask(shot.thumbnail);
      let mixed: Uint8Array;
      if (reusable) {
        const done = compositePersonFrame(camera, styled, { subject: 'background', mask: reusable.data, width: reusable.width, height: reusable.height, plane: reusable.plane, returnPixels: reusable.asksForMask });
        lent.composited({ thumbnail: shot.thumbnail, plane: done.answer.plane, pixels: done.answer.pixels }, modelLent.segment);
        mixed = done.image.data;
      } else {
        expect(frame).toBe(0);
        mixed = compositeByPerson(camera, styled, (await lent.maskFor(shot, modelLent.segment))!, { subject: 'background' }).data;
      }
      expect(Buffer.from(mixed).equals(Buffer.from(expected.data))).toBe(true);
      await Promise.all([modelHere.last, modelLent.last]);
    }
    expect(modelLent.calls).toBe(modelHere.calls);
    expect(modelLent.calls).toBeLessThan(8);
  });
});
