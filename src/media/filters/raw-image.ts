import sharp from 'sharp';
import { BadInputError } from '../../engine/errors/index.ts';

/** Interleaved 8-bit RGB pixels, row by row: the form every filter reads and writes. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export type FrameMediaType = 'image/jpeg' | 'image/webp' | 'image/png';

/** Camera frames are small; a frame claiming more pixels than this is refused before it is decoded. */
const largestInputPixels = 4096 * 4096;

export function createRawImage(width: number, height: number): RawImage {
  return { data: new Uint8Array(width * height * 3), width, height };
}

/**
 * Decodes JPEG, WebP or PNG bytes into RGB, scaled down to fit `maxSide` (never up). Alpha is
 * dropped and grey pictures become RGB, so filters only ever see three channels.
 */
export async function decodeRawImage(bytes: Uint8Array, maxSide = 512): Promise<RawImage> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: largestInputPixels, failOn: 'error' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadInputError(`The frame could not be decoded as an image (${reason}); send JPEG, WebP or PNG bytes.`, { cause: error });
  }
}

/** Encodes RGB pixels; quality trades size for detail (JPEG and WebP only). */
export async function encodeRawImage(image: RawImage, mediaType: FrameMediaType = 'image/jpeg', quality = 80): Promise<Uint8Array> {
  const pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
  // effort 0 and no chroma subsampling tricks: a camera frame must leave within a few milliseconds.
  const encoded = mediaType === 'image/webp'
    ? pipeline.webp({ quality, effort: 0 })
    : mediaType === 'image/png'
      ? pipeline.png({ compressionLevel: 1 })
      : pipeline.jpeg({ quality });
  const buffer = await encoded.toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Rec. 601 luma of every pixel, 0–255. */
export function luminance(image: RawImage): Uint8Array {
  const { data } = image;
  const grey = new Uint8Array(image.width * image.height);
  for (let pixel = 0, offset = 0; pixel < grey.length; pixel++, offset += 3) {
    // Integer weights (×256) of 0.299, 0.587, 0.114.
    grey[pixel] = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
  }
  return grey;
}
