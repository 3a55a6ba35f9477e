import { clampedView } from './colour-tables.ts';
import type { RawImage } from './raw-image.ts';

export interface SepiaFilmSettings {
  /** Film grain amplitude, in levels. */
  grain?: number;
  /** How much the corners darken, 0–1. */
  vignette?: number;
}

const vignettes = new Map<string, Float32Array>();

/**
 * Old film: colour mapped to sepia (the classic sepia colour matrix) with contrast flattened as
 * faded prints are, the corners darkened (a lens vignette) and grain added, all in one TypeScript
 * pass. The grain's pattern is seeded by the frame's own pixels, so it crawls from frame to frame
 * as film grain does, yet the same frame always gives the same picture.
 */
export function sepiaFilmFilter(image: RawImage, settings: SepiaFilmSettings = {}): RawImage {
  const { width, height, data: source } = image;
  const vignette = vignetteFor(width, height, settings.vignette ?? 0.45);
  const grain = (settings.grain ?? 10) / 255;
  let seed = (source[0] * 65_599 + source[source.length >> 1] * 257 + source[source.length - 1]) >>> 0 || 1;
  const output = new Uint8Array(source.length);
  // Stores clamp and round: the toned levels are clamped first (a faded print is no brighter than
  // white), then the vignette and grain apply to them.
  const data = clampedView(output);
  for (let pixel = 0, offset = 0; pixel < vignette.length; pixel++, offset += 3) {
    const red = source[offset], green = source[offset + 1], blue = source[offset + 2];
    // Sepia (rows: red, green, blue out), then ×0.9 + 12: faded contrast. Only the top can overflow.
    let toneRed = (0.393 * red + 0.769 * green + 0.189 * blue) * 0.9 + 12;
    let toneGreen = (0.349 * red + 0.686 * green + 0.168 * blue) * 0.9 + 12;
    let toneBlue = (0.272 * red + 0.534 * green + 0.131 * blue) * 0.9 + 12;
    if (toneRed > 255) toneRed = 255;
    if (toneGreen > 255) toneGreen = 255;
    if (toneBlue > 255) toneBlue = 255;
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    const speck = ((seed & 255) - 127.5) * grain;
    const light = vignette[pixel];
    data[offset] = toneRed * light + speck;
    data[offset + 1] = toneGreen * light + speck;
    data[offset + 2] = toneBlue * light + speck;
  }
  return { data: output, width, height };
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
