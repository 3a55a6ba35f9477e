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
  /**
   * Write the result over the styled frame's own pixels instead of a new frame (the caller's last
   * use of them, as before an encode): only the pixels the camera or backdrop shows through are
   * written, which spares copying most of the frame and a 900 kB allocation a frame.
   */
  overStyled?: boolean;
}

/**
 * Mixes the camera frame and its styled version by a person mask (0–255, already smoothed and
 * feathered, the frames' size): `background` keeps the person as the camera saw them over the
 * styled room, `person` puts the styled person over the backdrop. Soft mask values blend, so the
 * outline has no hard step.
 */
export function compositeByPerson(camera: RawImage, styled: RawImage, mask: Uint8Array, options: CompositeByPersonOptions): RawImage {
  const { width, height } = styled;
  const output = options.overStyled ? styled.data : new Uint8Array(styled.data.length);
  if (options.subject === 'background') {
    mix(camera.data, styled.data, mask, output);
    return { data: output, width, height };
  }
  mix(styled.data, backdropPixels(camera, options.backdrop ?? 'blur'), mask, output);
  return { data: output, width, height };
}

/** Runs shorter than this are copied in a loop: a subarray view per run is an allocation per pixel on a ragged outline. */
const longRun = 16;

/**
 * output = person·weight + other·(1 − weight), in 256ths: integer arithmetic per byte. Most of a
 * frame is wholly room or wholly person, so runs of 0 or 255 are copied whole (TypedArray.set is a
 * memcpy), or not at all when `output` is the side they come from, and only the feathered outline
 * is blended: a third of the cost of blending every byte. Each pixel is read before it is written,
 * so `output` may be `person` or `other` (or both, the camera frame as its own styled version).
 */
function mix(person: Uint8Array, other: Uint8Array, mask: Uint8Array, output: Uint8Array): void {
  const pixels = mask.length;
  // The mask read four bytes at a time where it is flat; a mask not on a 4-byte boundary is read bytewise.
  const words = (mask.byteOffset & 3) === 0 ? new Uint32Array(mask.buffer, mask.byteOffset, pixels >> 2) : undefined;
  let pixel = 0;
  while (pixel < pixels) {
    const value = mask[pixel];
    if (value === 0 || value === 255) {
      const end = runEnd(mask, words, pixel, value);
      const from = value === 0 ? other : person;
      if (from === output) {
        pixel = end;
        continue;
      }
      if (end - pixel >= longRun) output.set(from.subarray(pixel * 3, end * 3), pixel * 3);
      else for (let index = pixel * 3; index < end * 3; index++) output[index] = from[index];
      pixel = end;
      continue;
    }
    const weight = value + (value >> 7); // 0–256
    const offset = pixel * 3;
    const red = other[offset];
    const green = other[offset + 1];
    const blue = other[offset + 2];
    output[offset] = red + (((person[offset] - red) * weight + 128) >> 8);
    output[offset + 1] = green + (((person[offset + 1] - green) * weight + 128) >> 8);
    output[offset + 2] = blue + (((person[offset + 2] - blue) * weight + 128) >> 8);
    pixel += 1;
  }
}

/**
 * Where the run of `value` (0 or 255) that starts at `start` ends: byte by byte up to a 4-byte
 * boundary, then a word at a time (a flat stretch of mask is one compare per four pixels instead of four), then bytewise again.
 */
function runEnd(mask: Uint8Array, words: Uint32Array | undefined, start: number, value: number): number {
  const pixels = mask.length;
  let end = start + 1;
  while (end < pixels && (end & 3) !== 0 && mask[end] === value) end += 1;
  if (words && (end & 3) === 0 && end < pixels && mask[end] === value) {
    const flat = value === 0 ? 0 : 0xffffffff;
    let word = end >> 2;
    while (word < words.length && words[word] === flat) word += 1;
    end = word << 2;
    while (end < pixels && mask[end] === value) end += 1;
  }
  return end;
}

function backdropPixels(camera: RawImage, backdrop: Backdrop): Uint8Array {
  if (backdrop === 'blur') return blurredRoom(camera);
  const colour = Number.parseInt(backdrop.slice(1), 16);
  const pixels = new Uint8Array(camera.data.length);
  for (let offset = 0; offset < pixels.length; offset += 3) {
    pixels[offset] = colour >> 16;
    pixels[offset + 1] = (colour >> 8) & 255;
    pixels[offset + 2] = colour & 255;
  }
  return pixels;
}

/** Downscale factor for the blurred room: a blur this strong loses nothing at a quarter of the size, and costs a sixteenth. */
const blurScale = 4;

/**
 * The camera frame blurred hard (a Gaussian of about a twentieth of the longer side, as video calls
 * do: the room stays a room, unreadable), computed at a quarter size and scaled back up bilinearly.
 */
function blurredRoom(camera: RawImage): Uint8Array {
  const smallWidth = Math.max(1, Math.floor(camera.width / blurScale));
  const smallHeight = Math.max(1, Math.floor(camera.height / blurScale));
  const small = new Float32Array(smallWidth * smallHeight * 3);
  for (let y = 0; y < smallHeight; y++) {
    for (let x = 0; x < smallWidth; x++) {
      // The top-left pixel of each block: the blur that follows averages far more than a block anyway.
      const from = ((y * blurScale) * camera.width + x * blurScale) * 3;
      const to = (y * smallWidth + x) * 3;
      small[to] = camera.data[from];
      small[to + 1] = camera.data[from + 1];
      small[to + 2] = camera.data[from + 2];
    }
  }
  const radius = Math.max(1, Math.round(Math.max(smallWidth, smallHeight) / 40));
  const blurred = smoothBlur(small, smallWidth, smallHeight, radius, 3);
  const output = new Uint8Array(camera.data.length);
  // Each column's two source pixels and weight, worked out once rather than once a row.
  const lefts = new Int32Array(camera.width);
  const rights = new Int32Array(camera.width);
  const acrosses = new Float64Array(camera.width);
  for (let x = 0; x < camera.width; x++) {
    const sourceX = Math.min(smallWidth - 1, Math.max(0, (x + 0.5) / blurScale - 0.5));
    const left = Math.floor(sourceX);
    lefts[x] = left * 3;
    rights[x] = Math.min(smallWidth - 1, left + 1) * 3;
    acrosses[x] = sourceX - left;
  }
  for (let y = 0; y < camera.height; y++) {
    const sourceY = Math.min(smallHeight - 1, Math.max(0, (y + 0.5) / blurScale - 0.5));
    const top = Math.floor(sourceY);
    const topRow = top * smallWidth * 3;
    const bottomRow = Math.min(smallHeight - 1, top + 1) * smallWidth * 3;
    const down = sourceY - top;
    for (let x = 0, to = y * camera.width * 3; x < camera.width; x++, to += 3) {
      const left = lefts[x];
      const right = rights[x];
      const across = acrosses[x];
      for (let channel = 0; channel < 3; channel++) {
        const upper = blurred[topRow + left + channel] * (1 - across) + blurred[topRow + right + channel] * across;
        const lower = blurred[bottomRow + left + channel] * (1 - across) + blurred[bottomRow + right + channel] * across;
        output[to + channel] = upper * (1 - down) + lower * down + 0.5;
      }
    }
  }
  return output;
}
