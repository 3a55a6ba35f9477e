import sharp, { type Matrix3x3, type Sharp } from 'sharp';
import type { RawImage } from './raw-image.ts';

/**
 * A libvips pipeline over a picture's pixels, without copying them in. libvips applies a
 * pipeline's operations in its own fixed order (median, threshold, blur, convolve, recomb,
 * composite, linear, then colourspace), whatever order they are called in, so a filter that needs
 * another order runs two pipelines. The filters use it to blur (8-bit, vector code); its colour
 * matrices, gains and composites work in floating point and each cost more than a whole
 * TypeScript pass over the frame, so filters do those in their own pass, mostly as table lookups
 * (colour-tables.ts).
 */
export function vipsPipeline(image: RawImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
}

/** Runs a pipeline that ends in three bands (any alpha dropped) back into a picture. */
export async function toRawImage(pipeline: Sharp): Promise<RawImage> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** A colour matrix (rows: output red, green, blue) that scales saturation around Rec. 601 grey. */
export function saturationMatrix(saturation: number): Matrix3x3 {
  const weights = [0.299, 0.587, 0.114];
  return [0, 1, 2].map((row) => weights.map((weight, column) => weight * (1 - saturation) + (row === column ? saturation : 0))) as Matrix3x3;
}
