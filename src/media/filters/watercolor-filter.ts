import { fixedNoise } from './fixed-noise.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { clampByte, luminance, type RawImage } from './raw-image.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

export interface WatercolorSettings {
  /** Colours the washes lean toward; the picture's own when absent. */
  palette?: Palette;
  /** How far colour bleeds past edges: the Gaussian sigma, in pixels. */
  spread?: number;
  /** Brightness bands (washes laid one over another); fewer gives broader washes. */
  washes?: number;
}

/**
 * Watercolour. libvips blurs the picture so colour bleeds across edges, and lifts its saturation;
 * then one TypeScript pass lays the picture down as a few washes of flat value (each pixel's
 * brightness pulled to its band's), puts extra pigment where one wash meets another (pigment
 * pools at the rim of a drying wash, the "tide line"), lightens everything as thin pigment on white
 * paper is, and lets the paper grain show through more where pigment is heavy (granulation).
 */
export async function watercolorFilter(image: RawImage, settings: WatercolorSettings = {}): Promise<RawImage> {
  const bled = await toRawImage(vipsPipeline(image).blur(settings.spread ?? 2.5).recomb(saturationMatrix(1.15)));
  const { width, height, data } = bled;
  const grey = luminance(bled);
  const bandWidth = 256 / Math.max(2, settings.washes ?? 6);
  const bands = new Uint8Array(grey.length);
  for (let pixel = 0; pixel < grey.length; pixel++) bands[pixel] = grey[pixel] / bandWidth;
  const paper = fixedNoise(width, height, 1);
  const palette = settings.palette;
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 2) * width, down = Math.min(height - 1, y + 2) * width, row = y * width;
    for (let x = 0; x < width; x++) {
      const pixel = row + x, offset = pixel * 3, band = bands[pixel];
      const rim = bands[row + Math.max(0, x - 2)] !== band || bands[row + Math.min(width - 1, x + 2)] !== band || bands[up + x] !== band || bands[down + x] !== band;
      // Half-way to the band's middle brightness: flat washes that still keep some modelling.
      const flatten = 0.5 + (0.5 * (band + 0.5) * bandWidth) / Math.max(8, grey[pixel]);
      const tint = palette ? nearestPaletteColor(palette, data[offset], data[offset + 1], data[offset + 2]) : undefined;
      const pigmentScale = 0.78 * (0.8 + 0.4 * paper[pixel]) * (rim ? 1.45 : 1);
      for (let channel = 0; channel < 3; channel++) {
        let value = data[offset + channel] * flatten;
        if (tint) value += (tint[channel] - value) * 0.3;
        data[offset + channel] = clampByte(255 - (255 - Math.min(255, value)) * pigmentScale);
      }
    }
  }
  return bled;
}
