import type { Color, Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
import { toGreyPlane, toRawImage, vipsPipeline } from './vips-image.ts';

export interface NeonEdgesSettings {
  /** Colours of the tubes, picked by each edge's direction; magenta, cyan and yellow when absent. */
  palette?: Palette;
  /** How much of the dark picture shows behind the lines, 0–1. */
  background?: number;
  /** Brightness of the halo around lines. */
  glow?: number;
}

const defaultTubes: readonly Color[] = [[255, 43, 214], [0, 240, 255], [250, 255, 0], [123, 44, 255]];

/**
 * Edges drawn as glowing tubes on a dark ground. libvips blurs the grey picture; TypeScript finds
 * edges and colours each by its direction (so the outline of a face runs through several colours);
 * libvips then blurs the tubes into a halo and adds the sharp tubes and the dimmed picture on top.
 */
export async function neonEdgesFilter(image: RawImage, settings: NeonEdgesSettings = {}): Promise<RawImage> {
  const { width, height } = image;
  const tubes = settings.palette?.colors ?? defaultTubes;
  const background = settings.background ?? 0.12;
  const glow = settings.glow ?? 1.6;
  const grey = await toGreyPlane(vipsPipeline(image).blur(1));
  const halo = new Uint8Array(width * height * 3);
  const front = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width, down = Math.min(height - 1, y + 1) * width, row = y * width;
    for (let x = 0; x < width; x++) {
      const pixel = row + x, offset = pixel * 3;
      const horizontal = grey[row + Math.min(width - 1, x + 1)] - grey[row + Math.max(0, x - 1)];
      const vertical = grey[down + x] - grey[up + x];
      const strength = Math.min(1, Math.max(0, ((Math.abs(horizontal) + Math.abs(vertical)) / 255 - 0.04) * 6));
      if (strength === 0) {
        for (let channel = 0; channel < 3; channel++) front[offset + channel] = image.data[offset + channel] * background;
        continue;
      }
      // The edge direction, folded to 0–π (an edge has no front or back), picks a blend of two tubes.
      const angle = Math.atan2(vertical, horizontal);
      const position = ((angle < 0 ? angle + Math.PI : angle) / Math.PI) * tubes.length;
      const first = tubes[Math.floor(position) % tubes.length];
      const second = tubes[(Math.floor(position) + 1) % tubes.length];
      const mix = position - Math.floor(position);
      for (let channel = 0; channel < 3; channel++) {
        const line = strength * (first[channel] + (second[channel] - first[channel]) * mix);
        halo[offset + channel] = Math.min(255, line * glow);
        front[offset + channel] = Math.min(255, line + image.data[offset + channel] * background);
      }
    }
  }
  const raw = { width, height, channels: 3 as const };
  return toRawImage(vipsPipeline({ data: halo, width, height }).blur(3).composite([{ input: Buffer.from(front.buffer, front.byteOffset, front.byteLength), raw, blend: 'add' }]));
}
