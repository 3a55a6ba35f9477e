import { saturationTable } from './colour-tables.ts';
import { scratchBytes } from './scratch.ts';
import { fixedNoise } from './fixed-noise.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface WatercolorSettings {
  /** Colours the washes lean toward; the picture's own when absent. */
  palette?: Palette;
  /** How far colour bleeds past edges: the Gaussian sigma, in pixels. */
  spread?: number;
  /** Brightness bands (washes laid one over another); fewer gives broader washes. */
  washes?: number;
}

/**
 * Watercolour. libvips blurs the picture so colour bleeds across edges; then one TypeScript pass
 * lifts its saturation and lays the picture down as a few washes of flat value (each pixel's
 * brightness pulled to its band's), puts extra pigment where one wash meets another (pigment
 * pools at the rim of a drying wash, the "tide line"), lightens everything as thin pigment on white
 * paper is, and lets the paper grain show through more where pigment is heavy (granulation).
 */
export async function watercolorFilter(image: RawImage, settings: WatercolorSettings = {}): Promise<RawImage> {
  const bled = await toRawImage(vipsPipeline(image).blur(settings.spread ?? 2.5));
  return layWashes(bled, settings);
}

const washTables = new Map<number, { band: Uint8Array; wash: Uint8Array }>();

/**
 * Per grey level, its band; and `wash[grey << 8 | channel]`, the channel with its saturation lifted
 * 1.15 times, then pulled half-way to its band's middle brightness (flat washes that still keep
 * some modelling), at most 255.
 */
function washTable(washes: number) {
  let found = washTables.get(washes);
  if (found) return found;
  const bandWidth = 256 / washes;
  const band = new Uint8Array(256);
  const wash = new Uint8Array(256 * 256);
  const saturate = saturationTable(1.15);
  for (let grey = 0; grey < 256; grey++) {
    band[grey] = grey / bandWidth;
    const scale = 0.5 + (0.5 * (band[grey] + 0.5) * bandWidth) / Math.max(8, grey);
    for (let value = 0; value < 256; value++) wash[(grey << 8) | value] = Math.min(255, Math.round(saturate[(grey << 8) | value] * scale));
  }
  found = { band, wash };
  washTables.set(washes, found);
  return found;
}

const papers = new Map<string, Uint16Array>();
let pigmentTable: Uint8Array | undefined;

/**
 * `table[pigment << 8 | channel]`: thin pigment on white paper, 255 − the pigment's depth
 * (255 − channel) scaled by how much the paper takes (in 256ths, up to 1.45 × 240), at least 0.
 */
function pigmentLight(): Uint8Array {
  if (!pigmentTable) {
    pigmentTable = new Uint8Array(360 * 256);
    for (let pigment = 0; pigment < 360; pigment++) {
      for (let value = 0; value < 256; value++) pigmentTable[(pigment << 8) | value] = Math.max(0, 255 - (((255 - value) * pigment + 128) >> 8));
    }
  }
  return pigmentTable;
}

/** How much pigment each pixel's paper takes, in 256ths: 0.78 × (0.8 … 1.2) by the fixed paper grain. */
function paperFor(width: number, height: number): Uint16Array {
  const key = `${width}x${height}`;
  let paper = papers.get(key);
  if (!paper) {
    const grain = fixedNoise(width, height, 1);
    paper = new Uint16Array(grain.length);
    for (let pixel = 0; pixel < grain.length; pixel++) paper[pixel] = Math.round(256 * 0.78 * (0.8 + 0.4 * grain[pixel]));
    papers.set(key, paper);
  }
  return paper;
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function layWashes(bled: RawImage, settings: WatercolorSettings): RawImage {
  const { width, height, data } = bled;
  // The grey of the blurred picture (saturation keeps grey where it is), and each pixel's band.
  const { band, wash } = washTable(Math.max(2, settings.washes ?? 6));
  const grey = scratchBytes('watercolour grey', width * height), bands = scratchBytes('watercolour bands', width * height);
  for (let pixel = 0, offset = 0; pixel < grey.length; pixel++, offset += 3) {
    const level = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
    grey[pixel] = level;
    bands[pixel] = band[level];
  }
  const paper = paperFor(width, height);
  const light = pigmentLight();
  const palette = settings.palette;
  const saturate = saturationTable(1.15);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 2) * width, down = Math.min(height - 1, y + 2) * width, row = y * width;
    for (let x = 0; x < width; x++) {
      const pixel = row + x, offset = pixel * 3, here = bands[pixel];
      // Another band two pixels away: the rim of a wash, where pigment pools (1.45 times as much).
      const rim = (bands[row + (x > 1 ? x - 2 : 0)] ^ here) | (bands[row + (x < width - 2 ? x + 2 : width - 1)] ^ here) | (bands[up + x] ^ here) | (bands[down + x] ^ here);
      const pigment = (rim !== 0 ? (paper[pixel] * 371) >> 8 : paper[pixel]) << 8;
      const around = grey[pixel] << 8;
      let red = wash[around | data[offset]];
      let green = wash[around | data[offset + 1]];
      let blue = wash[around | data[offset + 2]];
      if (palette) {
        const tint = nearestPaletteColor(palette, saturate[around | data[offset]], saturate[around | data[offset + 1]], saturate[around | data[offset + 2]]);
        red = Math.min(255, Math.round(red + (tint[0] - red) * 0.3));
        green = Math.min(255, Math.round(green + (tint[1] - green) * 0.3));
        blue = Math.min(255, Math.round(blue + (tint[2] - blue) * 0.3));
      }
      data[offset] = light[pigment | red];
      data[offset + 1] = light[pigment | green];
      data[offset + 2] = light[pigment | blue];
    }
  }
  return bled;
}
