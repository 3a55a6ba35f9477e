import { smoothBlur } from '../media/filters/box-blur.ts';
import type { RawImage } from '../media/filters/raw-image.ts';

/** What a live preset restyles: the whole frame, the room only (the streamer stays natural), or the streamer only. */
export type StyledSubject = 'everything' | 'background' | 'person';

/** What stands behind a streamer styled alone: their own room blurred, or a plain colour (`#rrggbb`). */
export type Backdrop = 'blur' | `#${string}`;

export interface CompositeByPersonOptions {
  subject: Exclude<StyledSubject, 'everything'>;
  /** For `person` only; `blur` by default. */
  backdrop?: Backdrop;
}

/**
 * Mixes the camera frame and its styled version by a person mask (0–255, already smoothed and
 * feathered, the frames' size): `background` keeps the person as the camera saw them over the
 * styled room, `person` puts the styled person over the backdrop. Soft mask values blend, so the
 * outline has no hard step.
 */
export function compositeByPerson(camera: RawImage, styled: RawImage, mask: Uint8Array, options: CompositeByPersonOptions): RawImage {
  const { width, height } = styled;
  const output = new Uint8Array(styled.data.length);
  if (options.subject === 'background') {
    mix(camera.data, styled.data, mask, output);
    return { data: output, width, height };
  }
  mix(styled.data, backdropPixels(camera, options.backdrop ?? 'blur'), mask, output);
  return { data: output, width, height };
}

/** output = person·weight + other·(1 − weight), in 256ths: integer arithmetic per byte. */
function mix(person: Uint8Array, other: Uint8Array, mask: Uint8Array, output: Uint8Array): void {
  for (let pixel = 0, offset = 0; pixel < mask.length; pixel++, offset += 3) {
    const weight = mask[pixel] + (mask[pixel] >> 7); // 0–256, so 255 keeps the person whole
    for (let channel = offset; channel < offset + 3; channel++) {
      output[channel] = other[channel] + (((person[channel] - other[channel]) * weight + 128) >> 8);
    }
  }
}

function backdropPixels(camera: RawImage, backdrop: Backdrop): Uint8Array {
  if (backdrop === 'blur') {
    // A strong blur (a twentieth of the longer side) is what video calls use: the room stays a room, unreadable.
    const radius = Math.max(2, Math.round(Math.max(camera.width, camera.height) / 40));
    return Uint8Array.from(smoothBlur(camera.data, camera.width, camera.height, radius, 3), (value) => Math.round(value));
  }
  const colour = Number.parseInt(backdrop.slice(1), 16);
  const pixels = new Uint8Array(camera.data.length);
  for (let offset = 0; offset < pixels.length; offset += 3) {
    pixels[offset] = colour >> 16;
    pixels[offset + 1] = (colour >> 8) & 255;
    pixels[offset + 2] = colour & 255;
  }
  return pixels;
}
