import { boxBlur } from './box-blur.ts';
import { edgeAwareSmooth } from './edge-aware-smooth.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { clampByte, luminance, type RawImage } from './raw-image.ts';
import { gradientMagnitude, sobelGradient } from './sobel-gradient.ts';

export interface WatercolorSettings {
  /** Colours the washes lean toward; the picture's own when absent. */
  palette?: Palette;
  /** How far washes spread across flat areas, in pixels. */
  spread?: number;
}

const paperTextures = new Map<string, Float32Array>();

/**
 * Watercolour: broad edge-aware washes, lightened as pigment on white paper is, darker where a
 * wash ends (pigment gathers at the rim of a drying wash), on a paper grain. The grain is fixed
 * per frame size so it stays still while the picture moves, as real paper would.
 */
export function watercolorFilter(image: RawImage, settings: WatercolorSettings = {}): RawImage {
  const { width, height } = image;
  // One round only: its faint streaks along rows and columns read as brush direction here.
  const washes = edgeAwareSmooth(image, { spatialSigma: settings.spread ?? 40, rangeSigma: 0.6, iterations: 1 });
  const bled = boxBlur(washes.data, width, height, 2, 3);
  const rims = gradientMagnitude(sobelGradient(luminance(washes), width, height));
  const paper = paperTexture(width, height);
  const output = { data: new Uint8Array(washes.data.length), width, height };
  const palette = settings.palette;
  for (let pixel = 0; pixel < rims.length; pixel++) {
    const offset = pixel * 3;
    const rim = 1 - Math.min(0.35, rims[pixel] * 1.5);
    const tint = palette ? nearestPaletteColor(palette, washes.data[offset], washes.data[offset + 1], washes.data[offset + 2]) : undefined;
    for (let channel = 0; channel < 3; channel++) {
      let value = washes.data[offset + channel] * 0.6 + bled[offset + channel] * 0.4;
      if (tint) value += (tint[channel] - value) * 0.3;
      // Thin pigment: everything drifts toward the white of the paper.
      value = 255 - (255 - value) * 0.8;
      output.data[offset + channel] = clampByte(value * rim * paper[pixel]);
    }
  }
  return output;
}

/** A soft grain between 0.9 and 1 per pixel, from a fixed hash so every frame shares it. */
function paperTexture(width: number, height: number): Float32Array {
  const key = `${width}x${height}`;
  const cached = paperTextures.get(key);
  if (cached) return cached;
  const noise = new Float32Array(width * height);
  for (let pixel = 0; pixel < noise.length; pixel++) {
    let hash = Math.imul(pixel ^ 0x9e3779b9, 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    noise[pixel] = ((hash ^ (hash >>> 16)) >>> 0) / 0xffffffff;
  }
  const grain = boxBlur(noise, width, height, 1);
  for (let pixel = 0; pixel < grain.length; pixel++) grain[pixel] = 0.9 + grain[pixel] * 0.1;
  paperTextures.set(key, grain);
  return grain;
}
