import { fixedNoise } from './fixed-noise.ts';
import type { Palette } from './palettes.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import { clampByte, type RawImage } from './raw-image.ts';
import { saturationMatrix, toGreyPlane, toRawImage, vipsPipeline } from './vips-image.ts';

export interface OilPaintSettings {
  /** Brush stroke length in pixels. */
  brush?: number;
  /** Colour boost, 1 leaves saturation alone. */
  saturation?: number;
  /** Pulls colours a share of the way (0–1) toward the palette's nearest colour. */
  palette?: Palette;
  paletteStrength?: number;
}

/**
 * Oil paint with strokes that follow the picture. libvips gives a softened, more saturated colour
 * layer and, separately, a broadly blurred grey whose gradient says which way each region's
 * contours run. TypeScript then lays one of four fixed streak textures (across, down, two
 * diagonals) over each pixel, the one running along the contour, so strokes wrap round a face
 * and run along a horizon; light falls on each stroke's ridge as on impasto.
 */
export async function oilPaintFilter(image: RawImage, settings: OilPaintSettings = {}): Promise<RawImage> {
  const [paint, contours] = await Promise.all([
    toRawImage(vipsPipeline(image).blur(1.2).recomb(saturationMatrix(settings.saturation ?? 1.3))),
    toGreyPlane(vipsPipeline(image).blur(4)),
  ]);
  const { width, height, data } = paint;
  const length = Math.max(3, Math.round(settings.brush ?? 9)) | 1;
  const streaks = ([0, 1, 2, 3] as const).map((direction) => fixedNoise(width, height, 0, { direction, length }));
  const palette = settings.palette;
  const strength = palette ? (settings.paletteStrength ?? 0.35) : 0;
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 2) * width, down = Math.min(height - 1, y + 2) * width, row = y * width;
    for (let x = 0; x < width; x++) {
      const pixel = row + x, offset = pixel * 3;
      const across = contours[row + Math.min(width - 1, x + 2)] - contours[row + Math.max(0, x - 2)];
      const downward = contours[down + x] - contours[up + x];
      // The stroke runs across the gradient: a brightness change from left to right makes upright strokes.
      const direction = Math.abs(across) > 2.4 * Math.abs(downward) ? 1 : Math.abs(downward) > 2.4 * Math.abs(across) ? 0 : across * downward > 0 ? 3 : 2;
      const ridge = 0.75 + 0.5 * streaks[direction][pixel];
      let red = data[offset] * ridge, green = data[offset + 1] * ridge, blue = data[offset + 2] * ridge;
      if (palette) {
        // Pulled toward the nearest palette colour: keeps the strokes, shifts the mood.
        const tint = nearestPaletteColor(palette, data[offset], data[offset + 1], data[offset + 2]);
        red += (tint[0] - red) * strength;
        green += (tint[1] - green) * strength;
        blue += (tint[2] - blue) * strength;
      }
      data[offset] = clampByte(red);
      data[offset + 1] = clampByte(green);
      data[offset + 2] = clampByte(blue);
    }
  }
  return paint;
}
