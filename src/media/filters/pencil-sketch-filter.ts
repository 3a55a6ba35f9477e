import type { Palette } from './palettes.ts';
import { luminance, type RawImage } from './raw-image.ts';
import { toGreyPlane, vipsPipeline } from './vips-image.ts';

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
 * The classic "colour dodge" sketch: the grey picture divided by its own blur (libvips), which is
 * the same as dodging by the blurred negative. Flat areas come out paper white and only where
 * brightness changes within the blur radius do strokes appear, the way a pencil outlines and shades.
 */
export async function pencilSketchFilter(image: RawImage, settings: PencilSketchSettings = {}): Promise<RawImage> {
  const blurred = await toGreyPlane(vipsPipeline(image).blur(Math.max(0.5, settings.strokeRadius ?? 4)));
  const grey = luminance(image);
  const darkness = settings.darkness ?? 2.2;
  const lead = settings.palette?.colors[0] ?? graphite[0];
  const paper = settings.palette?.colors.at(-1) ?? graphite[1];
  // The dodge and the power depend only on the grey level and its blur's; a 256-entry table of
  // shares per blur level would be 64 k entries, so the power is taken from a per-share table.
  const shares = new Float32Array(257);
  for (let level = 0; level <= 256; level++) shares[level] = (level / 256) ** darkness;
  const data = new Uint8Array(grey.length * 3);
  for (let pixel = 0, offset = 0; pixel < grey.length; pixel++, offset += 3) {
    const dodged = Math.min(256, ((grey[pixel] * 256) / Math.max(1, blurred[pixel])) | 0);
    const paperShare = shares[dodged];
    data[offset] = lead[0] + (paper[0] - lead[0]) * paperShare;
    data[offset + 1] = lead[1] + (paper[1] - lead[1]) * paperShare;
    data[offset + 2] = lead[2] + (paper[2] - lead[2]) * paperShare;
  }
  return { data, width: image.width, height: image.height };
}
