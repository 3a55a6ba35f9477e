import { edgeStrength } from './edge-strength.ts';
import type { Palette } from './palettes.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import { clampByte, luminance, type RawImage } from './raw-image.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

export interface AnimeSettings {
  /** Brightness of the shadow, mid and highlight tones a surface is painted in. */
  tones?: readonly number[];
  palette?: Palette;
}

/**
 * Anime cel shading: unlike the cartoon preset, which posterises each channel, every surface keeps
 * its own hue and is painted in a few flat tones (shadow, base, highlight) by brightness, with thin
 * clean lines. libvips softens and saturates; TypeScript sets tones and draws the lines.
 */
export async function animeFilter(image: RawImage, settings: AnimeSettings = {}): Promise<RawImage> {
  const soft = await toRawImage(vipsPipeline(image).blur(1.2).recomb(saturationMatrix(1.35)));
  const { width, height, data } = soft;
  const grey = luminance(soft);
  const edges = edgeStrength(grey, width, height, 1, 2);
  const tones = settings.tones ?? [70, 150, 225];
  const toneFor = new Float32Array(256);
  for (let level = 0; level < 256; level++) toneFor[level] = tones[Math.min(tones.length - 1, Math.floor((level / 256) * tones.length))] / Math.max(16, level);
  for (let pixel = 0, offset = 0; pixel < grey.length; pixel++, offset += 3) {
    const ink = edges[pixel] > 34 ? 0.15 : edges[pixel] > 24 ? 0.6 : 1;
    const scale = toneFor[grey[pixel]] * ink;
    let red = data[offset], green = data[offset + 1], blue = data[offset + 2];
    if (settings.palette) [red, green, blue] = nearestPaletteColor(settings.palette, red, green, blue);
    data[offset] = clampByte(red * scale);
    data[offset + 1] = clampByte(green * scale);
    data[offset + 2] = clampByte(blue * scale);
  }
  return soft;
}
