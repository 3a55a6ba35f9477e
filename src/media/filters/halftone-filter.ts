import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface HalftoneSettings {
  /** Distance between dot centres, in pixels. */
  cell?: number;
  /** The paper's colour. */
  paper?: readonly [number, number, number];
}

const screens = new Map<string, Uint8Array[]>();
// Cyan, magenta and yellow screens at the printer's classic angles, so their dots form rosettes, not moiré.
const screenAngles = [15, 75, 0];

/**
 * Colour halftone, as comics and newspapers were printed: cyan, magenta and yellow dots on paper,
 * each ink's dots growing with how much of that ink the colour needs. libvips softens the frame so
 * dots do not alias on fine detail; TypeScript compares each ink with its screen's threshold.
 */
export async function halftoneFilter(image: RawImage, settings: HalftoneSettings = {}): Promise<RawImage> {
  const soft = await toRawImage(vipsPipeline(image).blur(1));
  const { width, height, data } = soft;
  const [cyan, magenta, yellow] = screensFor(width, height, Math.max(3, settings.cell ?? 6));
  const paper = settings.paper ?? [250, 247, 238];
  for (let pixel = 0, offset = 0; pixel < cyan.length; pixel++, offset += 3) {
    // An ink is laid where its need (255 − the channel it absorbs) is above the screen's threshold.
    const cyanInk = 255 - data[offset] > cyan[pixel];
    const magentaInk = 255 - data[offset + 1] > magenta[pixel];
    const yellowInk = 255 - data[offset + 2] > yellow[pixel];
    data[offset] = cyanInk ? 20 : paper[0];
    data[offset + 1] = magentaInk ? 20 : paper[1];
    data[offset + 2] = yellowInk ? 20 : paper[2];
  }
  return soft;
}

/** Per ink, a threshold per pixel: low at its dot centres, high between, so dots grow from the centre. */
function screensFor(width: number, height: number, cell: number): Uint8Array[] {
  const key = `${width}x${height}:${cell}`;
  const cached = screens.get(key);
  if (cached) return cached;
  const made = screenAngles.map((degrees) => {
    const cos = Math.cos((degrees * Math.PI) / 180), sin = Math.sin((degrees * Math.PI) / 180);
    const thresholds = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const u = (x * cos + y * sin) / cell, v = (y * cos - x * sin) / cell;
        const du = u - Math.floor(u) - 0.5, dv = v - Math.floor(v) - 0.5;
        // Area inside a circle of this radius, as a share of the cell: the ink needed to reach it.
        thresholds[y * width + x] = Math.min(255, Math.PI * (du * du + dv * dv) * 255);
      }
    }
    return thresholds;
  });
  screens.set(key, made);
  return made;
}
