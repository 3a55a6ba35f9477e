import { greyAndBlur, readPlaneRow } from './grey-plane.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';

export interface PencilSketchSettings {
  /** Stroke width: the blur sigma of the grey picture, in pixels. */
  strokeRadius?: number;
  /** The first colour is the lead, the last the paper; graphite on cream when absent. */
  palette?: Palette;
  /** Above 1 darkens the strokes. */
  darkness?: number;
}

const graphite = [[46, 46, 51], [244, 241, 234]] as const;

/**
 * The classic "colour dodge" sketch: the grey picture divided by its own blur, which is the same
 * as dodging by the blurred negative. Flat areas come out paper white and only where brightness
 * changes within the blur radius do strokes appear, the way a pencil outlines and shades. All
 * TypeScript: the blur is broad, so it is taken on a shrunken grey (grey-plane.ts) made with the
 * grey itself, and read back a row at a time inside the one pass that writes the picture.
 */
export function pencilSketchFilter(image: RawImage, settings: PencilSketchSettings = {}): RawImage {
  const { width, height } = image;
  const { grey, blurred: blurredPlane } = greyAndBlur(image, Math.max(0.5, settings.strokeRadius ?? 4));
  const darkness = settings.darkness ?? 2.2;
  const lead = settings.palette?.colors[0] ?? graphite[0];
  const paper = settings.palette?.colors.at(-1) ?? graphite[1];
  // The dodge and the power depend only on the share of paper (0–256), so each output colour is a
  // 257-entry table per channel.
  const colors = new Uint8Array(257 * 3);
  for (let level = 0; level <= 256; level++) {
    const share = (level / 256) ** darkness;
    for (let channel = 0; channel < 3; channel++) colors[level * 3 + channel] = lead[channel] + (paper[channel] - lead[channel]) * share;
  }
  const data = new Uint8Array(grey.length * 3);
  const blurred = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    readPlaneRow(blurredPlane, y, blurred);
    for (let x = 0, pixel = y * width, offset = pixel * 3; x < width; x++, pixel++, offset += 3) {
      // Math.max and Math.min rather than comparisons: in flat areas the dodge sits right at 256,
      // and a branch on it would be mispredicted half the time.
      const color = (Math.min(256, (grey[pixel] * 256) / Math.max(1, blurred[x])) | 0) * 3;
      data[offset] = colors[color];
      data[offset + 1] = colors[color + 1];
      data[offset + 2] = colors[color + 2];
    }
  }
  return { data, width, height };
}
