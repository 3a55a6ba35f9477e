import { createRawImage, type RawImage } from '../raw-image.ts';

/** Bands `band` pixels wide of two colours, across (`rows`) or down (`columns`), with ±`noise` of grain: a reference picture whose edges all run one way. */
export function stripedImage(width: number, height: number, band: number, orientation: 'rows' | 'columns', noise = 20): RawImage {
  const image = createRawImage(width, height);
  let state = 5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = Math.floor((orientation === 'rows' ? y : x) / band) % 2 === 0;
      for (let channel = 0; channel < 3; channel++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        const base = light ? [210, 170, 120][channel] : [60, 80, 140][channel];
        image.data[(y * width + x) * 3 + channel] = Math.max(0, Math.min(255, Math.round(base + ((state >>> 24) / 255 - 0.5) * 2 * noise)));
      }
    }
  }
  return image;
}
