import { kuwaharaFilter } from './kuwahara-filter.ts';
import type { Palette } from './palettes.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import { clampByte, type RawImage } from './raw-image.ts';

export interface OilPaintSettings {
  /** Brush size: the Kuwahara quadrant radius in pixels. */
  brush?: number;
  /** Colour boost, 1 leaves saturation alone. */
  saturation?: number;
  /** Pulls colours a share of the way (0–1) toward the palette's nearest colour. */
  palette?: Palette;
  paletteStrength?: number;
}

/** Oil paint: Kuwahara strokes, then a little more colour, as paint is denser than a camera picture. */
export function oilPaintFilter(image: RawImage, settings: OilPaintSettings = {}): RawImage {
  const output = kuwaharaFilter(image, { radius: settings.brush ?? 4 });
  const saturation = settings.saturation ?? 1.25;
  const palette = settings.palette;
  const strength = palette ? (settings.paletteStrength ?? 0.35) : 0;
  const { data } = output;
  for (let offset = 0; offset < data.length; offset += 3) {
    const grey = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
    let red = grey + (data[offset] - grey) * saturation;
    let green = grey + (data[offset + 1] - grey) * saturation;
    let blue = grey + (data[offset + 2] - grey) * saturation;
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
  return output;
}
