// Runs inside the filter worker, between the look and the JPEG encode. Loaded by Node itself there
// (type stripping), so this file keeps to syntax Node can strip.
import type { RawImage } from '../media/filters/raw-image.ts';
import type { RawPixels } from '../providers/spec/index.ts';
import { compositeByPerson, type Backdrop, type StyledSubject } from './composite-by-person.ts';
import { estimatePersonShift, greyPlane, shiftMask, type GreyPlane } from './estimate-person-shift.ts';

/**
 * What a restyle backend that decodes the camera frame itself (the built-in filters) needs to keep
 * the look on the room or on the streamer only, so the frame is decoded once and encoded once, on
 * the backend's thread. Backends that do not know this field ignore it; the live frame is then
 * composited after them (restyleSubject).
 */
export interface PersonCompositeRequest {
  subject: Exclude<StyledSubject, 'everything'>;
  /** For `person` only; `blur` by default. */
  backdrop?: Backdrop;
  /** The stream's newest mask, smoothed and feathered, 0–255, one byte a pixel. */
  mask: Uint8Array;
  /** The mask's size: a frame decoded at another size is not composited (`composited: false`). */
  width: number;
  height: number;
  /** The grey plane of the frame the mask was made from: the mask is moved to where the person went since. */
  plane: GreyPlane;
  /** Send the decoded camera pixels back: the stream asks the model for a new mask from them. */
  returnPixels: boolean;
}

/** What the backend reports of a `PersonCompositeRequest`. */
export interface PersonCompositeAnswer {
  /** False when the frame was decoded at another size than the mask's: the answer is the frame styled whole. */
  composited: boolean;
  /** This frame's grey plane, for the next masks' moves. */
  plane: GreyPlane;
  /** The camera frame as decoded (at the answer's size), when `returnPixels` asked for it or nothing was composited. */
  pixels?: RawPixels;
}

/** The moved mask of the frame being mixed: a filter worker mixes one frame at a time, and the mask is used up before the answer. */
let movedMask = new Uint8Array(0);

/**
 * Mixes the decoded camera frame and its styled version by the request's mask, moved with the
 * person as PersonMaskTracker.maskFor moves it, and says what the stream's tracker needs next.
 * The mix is written over the styled frame's pixels: this is the last step before its encode.
 */
export function compositePersonFrame(camera: RawImage, styled: RawImage, request: PersonCompositeRequest): { image: RawImage; answer: PersonCompositeAnswer } {
  const { width, height } = camera;
  const plane = greyPlane({ ...camera, channels: 3 });
  const fits = width === request.width && height === request.height && styled.width === width && styled.height === height;
  // A copy: the decoder's buffer is not one a thread can hand over, and the filters may still read it.
  const pixels: RawPixels | undefined = request.returnPixels || !fits ? { data: new Uint8Array(camera.data), width, height, channels: 3 } : undefined;
  if (!fits) return { image: styled, answer: { composited: false, plane, pixels } };
  const shift = estimatePersonShift(request.plane, plane, request.mask, width);
  if (movedMask.length !== request.mask.length) movedMask = new Uint8Array(request.mask.length);
  const mask = shift ? shiftMask(request.mask, width, height, shift, movedMask) : request.mask;
  const image = compositeByPerson(camera, styled, mask, { subject: request.subject, backdrop: request.backdrop, overStyled: true });
  return { image, answer: { composited: true, plane, pixels } };
}
