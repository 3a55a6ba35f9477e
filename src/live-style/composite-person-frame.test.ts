import { describe, expect, it } from 'vitest';
import { drawTestScene } from '../media/filters/testing/draw-test-scene.ts';
import { compositeByPerson } from './composite-by-person.ts';
import { compositePersonFrame, type PersonCompositeRequest } from './composite-person-frame.ts';
import { greyPlane } from './estimate-person-shift.ts';

const [width, height] = [96, 64];
const camera = drawTestScene(width, height, 0);
/** The look's output: a fresh one each time, since the mix is written over it. */
const styledFrame = () => ({ data: camera.data.map((value) => 255 - value), width, height });
/** A person in the middle third of the picture. */
const mask = Uint8Array.from({ length: width * height }, (_, pixel) => ((pixel % width) >= 32 && (pixel % width) < 64 ? 255 : 0));
const request = (changes: Partial<PersonCompositeRequest> = {}): PersonCompositeRequest => ({
  subject: 'background', mask, width, height, plane: greyPlane({ ...camera, channels: 3 }), returnPixels: false, ...changes,
});

describe('compositePersonFrame', () => {
  it('mixes the frame by the mask as the main thread did, and keeps the pixels unless asked for them', () => {
    const styled = styledFrame();
    const { image, answer } = compositePersonFrame(camera, styled, request());
    // The same frame as the mask's: the person has not moved, so the mask is used as it is.
    expect(Array.from(image.data)).toEqual(Array.from(compositeByPerson(camera, styledFrame(), mask, { subject: 'background' }).data));
    // Written over the styled frame, which is encoded next: no second frame-sized buffer.
    expect(image.data).toBe(styled.data);
    expect(answer.composited).toBe(true);
    expect(answer.pixels).toBeUndefined();
    expect(Array.from(answer.plane.data)).toEqual(Array.from(greyPlane({ ...camera, channels: 3 }).data));
  });

  it('sends a copy of the decoded frame back when the stream asks the model for a new mask', () => {
    const { answer } = compositePersonFrame(camera, styledFrame(), request({ returnPixels: true, subject: 'person', backdrop: '#000000' }));
    expect(answer.pixels).toMatchObject({ width, height, channels: 3 });
    expect(answer.pixels!.data).not.toBe(camera.data);
    expect(Array.from(answer.pixels!.data)).toEqual(Array.from(camera.data));
  });

  it('leaves a frame of another size styled whole, with its pixels, so the stream finds a mask its own way', () => {
    const small = drawTestScene(48, 32, 0);
    const smallStyled = { ...small, data: small.data.map((value) => 255 - value) };
    const { image, answer } = compositePersonFrame(small, smallStyled, request());
    expect(image).toBe(smallStyled);
    expect(answer.composited).toBe(false);
    expect(answer.pixels).toMatchObject({ width: 48, height: 32 });
  });
});
