import { createRawImage, type RawImage } from '../raw-image.ts';

/**
 * A synthetic camera picture for tests and benchmarks: a sky-to-floor gradient, a lit "head" (a
 * shaded disc) that moves with `time`, a striped shirt and sensor noise. It has what filters act
 * on (flat areas, soft shading, hard edges, fine texture) without shipping a photo.
 */
export function drawTestScene(width = 512, height = 512, time = 0): RawImage {
  const image = createRawImage(width, height);
  const centerX = width * (0.5 + 0.15 * Math.sin(time));
  const centerY = height * 0.4;
  const radius = Math.min(width, height) * 0.2;
  let seed = 12345 + Math.round(time * 1000);
  const noise = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return ((seed >>> 16) & 255) / 255 - 0.5;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const vertical = y / height;
      let red = 60 + 120 * vertical;
      let green = 90 + 80 * vertical;
      let blue = 200 - 120 * vertical;
      const distance = Math.hypot(x - centerX, y - centerY);
      if (distance < radius) {
        // Lit from the upper left, like a face by a window.
        const light = 0.6 + 0.4 * Math.max(0, 1 - Math.hypot(x - centerX + radius * 0.4, y - centerY + radius * 0.4) / (radius * 1.6));
        red = 230 * light;
        green = 180 * light;
        blue = 150 * light;
      } else if (y > height * 0.65 && Math.abs(x - centerX) < width * 0.3) {
        const stripe = Math.floor(x / 12) % 2 === 0;
        red = stripe ? 200 : 40;
        green = stripe ? 40 : 60;
        blue = stripe ? 50 : 160;
      }
      const grain = noise() * 12;
      const offset = (y * width + x) * 3;
      image.data[offset] = Math.max(0, Math.min(255, red + grain));
      image.data[offset + 1] = Math.max(0, Math.min(255, green + grain));
      image.data[offset + 2] = Math.max(0, Math.min(255, blue + grain));
    }
  }
  return image;
}
