import type { Matrix3x3 } from 'sharp';
import { clampByte, type RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface SepiaFilmSettings {
  /** Film grain amplitude, in levels. */
  grain?: number;
  /** How much the corners darken, 0–1. */
  vignette?: number;
}

const sepia: Matrix3x3 = [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]];
const vignettes = new Map<string, Float32Array>();

/**
 * Old film: libvips maps colour to sepia (a colour matrix) and flattens contrast as faded prints
 * do; TypeScript then darkens the corners (a lens vignette) and adds grain. The grain's pattern is
 * seeded by the frame's own pixels, so it crawls from frame to frame as film grain does, yet the
 * same frame always gives the same picture.
 */
export async function sepiaFilmFilter(image: RawImage, settings: SepiaFilmSettings = {}): Promise<RawImage> {
  const toned = await toRawImage(vipsPipeline(image).recomb(sepia).linear(0.9, 12));
  const { width, height, data } = toned;
  const vignette = vignetteFor(width, height, settings.vignette ?? 0.45);
  const grain = settings.grain ?? 10;
  let seed = (image.data[0] * 65_599 + image.data[image.data.length >> 1] * 257 + image.data[image.data.length - 1]) >>> 0 || 1;
  for (let pixel = 0, offset = 0; pixel < vignette.length; pixel++, offset += 3) {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    const speck = (((seed >>> 0) & 255) / 255 - 0.5) * grain;
    const light = vignette[pixel];
    data[offset] = clampByte(data[offset] * light + speck);
    data[offset + 1] = clampByte(data[offset + 1] * light + speck);
    data[offset + 2] = clampByte(data[offset + 2] * light + speck);
  }
  return toned;
}

function vignetteFor(width: number, height: number, strength: number): Float32Array {
  const key = `${width}x${height}:${strength}`;
  const cached = vignettes.get(key);
  if (cached) return cached;
  const light = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const distance = Math.hypot((x / width - 0.5) * 2, (y / height - 0.5) * 2) / Math.SQRT2;
      light[y * width + x] = 1 - strength * distance ** 2.2;
    }
  }
  vignettes.set(key, light);
  return light;
}
