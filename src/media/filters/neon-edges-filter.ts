import { smoothBlur } from './box-blur.ts';
import type { Color, Palette } from './palettes.ts';
import { clampByte, createRawImage, luminance, type RawImage } from './raw-image.ts';
import { gradientMagnitude, sobelGradient } from './sobel-gradient.ts';

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
 * Edges drawn as glowing tubes on a dark ground: Sobel edges coloured by their direction (so the
 * outline of a face runs through several colours), plus a blurred copy of the lines as the halo.
 */
export function neonEdgesFilter(image: RawImage, settings: NeonEdgesSettings = {}): RawImage {
  const { width, height } = image;
  const tubes = settings.palette?.colors ?? defaultTubes;
  const background = settings.background ?? 0.12;
  const glow = settings.glow ?? 1.6;
  const grey = smoothBlur(luminance(image), width, height, 1, 1, 1);
  const gradient = sobelGradient(grey, width, height);
  const magnitude = gradientMagnitude(gradient);
  const lines = new Float32Array(width * height * 3);
  for (let pixel = 0; pixel < magnitude.length; pixel++) {
    const strength = Math.min(1, Math.max(0, (magnitude[pixel] - 0.025) * 8));
    if (strength === 0) continue;
    // The edge direction, folded to 0–π (an edge has no front or back), picks a blend of two tubes.
    const angle = Math.atan2(gradient.vertical[pixel], gradient.horizontal[pixel]);
    const position = ((angle < 0 ? angle + Math.PI : angle) / Math.PI) * tubes.length;
    const first = tubes[Math.floor(position) % tubes.length];
    const second = tubes[(Math.floor(position) + 1) % tubes.length];
    const mix = position - Math.floor(position);
    for (let channel = 0; channel < 3; channel++) {
      lines[pixel * 3 + channel] = strength * (first[channel] + (second[channel] - first[channel]) * mix);
    }
  }
  const halo = smoothBlur(lines, width, height, 3, 3, 2);
  const output = createRawImage(width, height);
  for (let index = 0; index < lines.length; index++) {
    output.data[index] = clampByte(image.data[index] * background + lines[index] + halo[index] * glow);
  }
  return output;
}
