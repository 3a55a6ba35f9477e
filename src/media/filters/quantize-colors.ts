import { mapToPalette } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';

export interface QuantizeSettings {
  /** Levels per channel when no palette is given; 2–256. */
  levels?: number;
  /** Snap to these colours instead of even levels. */
  palette?: Palette;
}

/** Reduces the picture to a few flat colours: even levels per channel, or a palette's colours. */
export function quantizeColors(image: RawImage, settings: QuantizeSettings = {}): RawImage {
  const output = { data: image.data.slice(), width: image.width, height: image.height };
  if (settings.palette) return mapToPalette(output, settings.palette);
  const levels = Math.min(256, Math.max(2, Math.round(settings.levels ?? 6)));
  const step = 255 / (levels - 1);
  const table = new Uint8Array(256);
  for (let value = 0; value < 256; value++) table[value] = Math.round(Math.round(value / step) * step);
  const { data } = output;
  for (let index = 0; index < data.length; index++) data[index] = table[data[index]];
  return output;
}
