import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createSelfieSegmentationModel } from '../../providers/builtin/segmentation/selfie-segmentation-model.ts';
import { drawPersonFigure } from '../../providers/testing/draw-person-figure.ts';
import { cutOutCharacter } from './cut-out-character.ts';

const segmentation = createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' });

describe('cutOutCharacter on a photo (a busy background)', () => {
  it('cuts the person out with the segmentation model, the room made transparent', async () => {
    const figure = await drawPersonFigure({ width: 480, height: 360, busyWall: true });
    const photo = new Uint8Array(await sharp(figure.png).jpeg({ quality: 90 }).toBuffer());
    const cut = await cutOutCharacter(photo, { segmentation });
    expect(cut).toMatchObject({ kind: 'cut-out', how: 'person-model' });
    const alpha = await sharp((cut as { png: Uint8Array }).png).extractChannel(3).raw().toBuffer();
    let agree = 0;
    for (let pixel = 0; pixel < alpha.length; pixel++) if ((alpha[pixel] >= 128 ? 1 : 0) === figure.truth[pixel]) agree += 1;
    expect(agree / alpha.length).toBeGreaterThan(0.95);
  });

  it('returns the photo whole without a model, as before', async () => {
    const figure = await drawPersonFigure({ width: 480, height: 360, busyWall: true });
    expect((await cutOutCharacter(figure.png)).kind).toBe('busy-background');
  });

  it('returns a busy picture with no person in it whole', async () => {
    const figure = await drawPersonFigure({ width: 480, height: 360, busyWall: true });
    const roomOnly = await sharp(figure.png).extract({ left: 0, top: 0, width: 120, height: 90 }).resize(480, 360).png().toBuffer();
    expect((await cutOutCharacter(roomOnly, { segmentation })).kind).toBe('busy-background');
  });
});
