import sharp from 'sharp';
import { decodeRawImage, encodeRawImage } from '../media/filters/raw-image.ts';
import type { SegmentationModel } from '../providers/spec/index.ts';
import { compositeByPerson, type Backdrop, type StyledSubject } from './composite-by-person.ts';
import type { PersonMaskSmoother } from './person-mask-smoother.ts';

export interface RestyleSubjectOptions {
  subject: Exclude<StyledSubject, 'everything'>;
  backdrop?: Backdrop;
  segmentation: SegmentationModel;
  smoother: PersonMaskSmoother;
  abortSignal?: AbortSignal;
}

/**
 * Keeps the styled look on the room only, or on the streamer only, by the person mask of the camera
 * frame. Works after any restyle backend: the camera frame is read at the styled picture's size.
 * Returns undefined when the frame cannot be segmented (too small, the model off): the caller then
 * sends the frame styled whole rather than dropping it.
 */
export async function restyleSubject(camera: Uint8Array, styled: Uint8Array, options: RestyleSubjectOptions): Promise<Uint8Array | undefined> {
  const styledPixels = await decodeRawImage(styled, 4096);
  const { data, info } = await sharp(camera)
    .resize(styledPixels.width, styledPixels.height, { fit: 'fill' })
    .removeAlpha().toColourspace('srgb').raw()
    .toBuffer({ resolveWithObject: true });
  const cameraPixels = { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  let mask;
  try {
    ({ mask } = await options.segmentation.segment({ image: { ...cameraPixels, channels: 3 }, abortSignal: options.abortSignal }));
  } catch (error) {
    options.abortSignal?.throwIfAborted();
    void error;
    return undefined;
  }
  const smoothed = options.smoother.smooth(mask);
  const mixed = compositeByPerson(cameraPixels, styledPixels, smoothed, { subject: options.subject, backdrop: options.backdrop });
  return encodeRawImage(mixed, 'image/jpeg', 80);
}
