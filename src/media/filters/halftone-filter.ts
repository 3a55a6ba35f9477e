import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface HalftoneSettings {
  /** Distance between dot centres, in pixels. */
  cell?: number;
  /** The paper's colour. */
  paper?: readonly [number, number, number];
}

const screens = new Map<string, Uint8Array>();
// Cyan, magenta and yellow screens at the printer's classic angles, so their dots form rosettes, not moiré.
const screenAngles = [15, 75, 0];

/**
 * Colour halftone, as comics and newspapers were printed: cyan, magenta and yellow dots on paper,
 * each ink's dots growing with how much of that ink the colour needs. libvips softens the frame so
 * dots do not alias on fine detail; TypeScript compares each ink with its screen's threshold.
 */
export async function halftoneFilter(image: RawImage, settings: HalftoneSettings = {}): Promise<RawImage> {
  const soft = await toRawImage(vipsPipeline(image).blur(1));
  return print(soft, settings);
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function print(soft: RawImage, settings: HalftoneSettings): RawImage {
  const { width, height, data } = soft;
  const screen = screenFor(width, height, Math.max(3, settings.cell ?? 6));
  const [paperRed, paperGreen, paperBlue] = settings.paper ?? [250, 247, 238];
  const [inkRed, inkGreen, inkBlue] = [20 - paperRed, 20 - paperGreen, 20 - paperBlue];
  for (let offset = 0; offset < data.length; offset += 3) {
    // An ink is laid where its need (255 − the channel it absorbs) is above the screen's threshold,
    // that is where the channel is below the screen. Without branches: dots make the outcome
    // unpredictable, and a mispredicted branch per channel cost more than the rest of the pass.
    // (channel − screen) >> 31 is all ones where the channel is below, so the ink's step is kept.
    data[offset] = paperRed + (((data[offset] - screen[offset]) >> 31) & inkRed);
    data[offset + 1] = paperGreen + (((data[offset + 1] - screen[offset + 1]) >> 31) & inkGreen);
    data[offset + 2] = paperBlue + (((data[offset + 2] - screen[offset + 2]) >> 31) & inkBlue);
  }
  return soft;
}

/**
 * The three screens interleaved as the picture's channels are: per pixel and ink, 255 − the
 * threshold, which is low at its dot centres and high between, so dots grow from the centre; a
 * channel below it takes the ink.
 */
function screenFor(width: number, height: number, cell: number): Uint8Array {
  const key = `${width}x${height}:${cell}`;
  const cached = screens.get(key);
  if (cached) return cached;
  const made = new Uint8Array(width * height * 3);
  screenAngles.forEach((degrees, ink) => {
    const cos = Math.cos((degrees * Math.PI) / 180), sin = Math.sin((degrees * Math.PI) / 180);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const u = (x * cos + y * sin) / cell, v = (y * cos - x * sin) / cell;
        const du = u - Math.floor(u) - 0.5, dv = v - Math.floor(v) - 0.5;
        // Area inside a circle of this radius, as a share of the cell: the ink needed to reach it.
        const threshold = Math.floor(Math.min(255, Math.PI * (du * du + dv * dv) * 255));
        made[(y * width + x) * 3 + ink] = 255 - threshold;
      }
    }
  });
  screens.set(key, made);
  return made;
}
