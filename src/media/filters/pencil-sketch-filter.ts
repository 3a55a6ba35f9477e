import { smoothBlur } from './box-blur.ts';
import type { Palette } from './palettes.ts';
import { createRawImage, luminance, type RawImage } from './raw-image.ts';

export interface PencilSketchSettings {
  /** Stroke width: the blur radius of the inverted picture, in pixels. */
  strokeRadius?: number;
  /** The first colour is the lead, the last the paper; graphite on cream when absent. */
  palette?: Palette;
  /** Above 1 darkens the strokes. */
  darkness?: number;
}

const graphite = [[46, 46, 51], [244, 241, 234]] as const;

/**
 * The classic "colour dodge" sketch: the grey picture divided by its own blurred negative. Flat
 * areas come out paper white and only where brightness changes within the blur radius do strokes
 * appear, the way a pencil outlines and shades.
 */
export function pencilSketchFilter(image: RawImage, settings: PencilSketchSettings = {}): RawImage {
  const { width, height } = image;
  const grey = luminance(image);
  const inverted = new Uint8Array(grey.length);
  for (let index = 0; index < grey.length; index++) inverted[index] = 255 - grey[index];
  const blurred = smoothBlur(inverted, width, height, Math.max(1, Math.round(settings.strokeRadius ?? 5)));
  const darkness = settings.darkness ?? 1.6;
  const lead = settings.palette?.colors[0] ?? graphite[0];
  const paper = settings.palette?.colors.at(-1) ?? graphite[1];
  const output = createRawImage(width, height);
  const { data } = output;
  for (let pixel = 0; pixel < grey.length; pixel++) {
    const dodged = Math.min(1, grey[pixel] / Math.max(1, 255 - blurred[pixel]));
    // Raising to a power deepens mid-tones so faint lines still read on a small screen.
    const paperShare = dodged ** darkness;
    const offset = pixel * 3;
    data[offset] = lead[0] + (paper[0] - lead[0]) * paperShare;
    data[offset + 1] = lead[1] + (paper[1] - lead[1]) * paperShare;
    data[offset + 2] = lead[2] + (paper[2] - lead[2]) * paperShare;
  }
  return output;
}
