import { saturationTable } from './colour-tables.ts';
import { greyPlane } from './grey-plane.ts';
import { scratchBytes } from './scratch.ts';
import { paletteKey, paletteTable } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface AnimeSettings {
  /** Brightness of the shadow, mid and highlight tones a surface is painted in. */
  tones?: readonly number[];
  palette?: Palette;
}

/**
 * Anime cel shading: unlike the cartoon preset, which posterises each channel, every surface keeps
 * its own hue and is painted in a few flat tones (shadow, base, highlight) by brightness, with thin
 * clean lines. libvips softens; one TypeScript pass saturates, sets tones and draws the lines.
 */
export async function animeFilter(image: RawImage, settings: AnimeSettings = {}): Promise<RawImage> {
  const soft = await toRawImage(vipsPipeline(image).blur(1.2));
  return celShade(soft, settings);
}

const toneTables = new Map<string, { tone: Uint8Array; saturatedTone: Uint8Array }>();

/**
 * `tone[(grey * 3 + line) << 8 | channel]`: a channel painted in the tone its grey level falls in
 * (the channel scaled by tone ÷ grey, so hue is kept), darkened by the line (0 none, 1 a soft
 * line, 2 a full one), clamped. `saturatedTone`, the same for a channel first saturated 1.35 times
 * around that grey: one lookup a channel where no palette comes between.
 */
function paintTables(tones: readonly number[]) {
  const key = tones.join(',');
  let tables = toneTables.get(key);
  if (tables) return tables;
  const tone = new Uint8Array(256 * 3 * 256), saturatedTone = new Uint8Array(256 * 3 * 256);
  const inks = [1, 0.6, 0.15];
  const saturate = saturationTable(1.35);
  for (let grey = 0; grey < 256; grey++) {
    const scale = tones[Math.min(tones.length - 1, Math.floor((grey / 256) * tones.length))] / Math.max(16, grey);
    for (let line = 0; line < 3; line++) {
      const row = (grey * 3 + line) << 8;
      for (let value = 0; value < 256; value++) tone[row | value] = Math.min(255, value * scale * inks[line] + 0.5);
      for (let value = 0; value < 256; value++) saturatedTone[row | value] = tone[row | saturate[(grey << 8) | value]];
    }
  }
  tables = { tone, saturatedTone };
  toneTables.set(key, tables);
  return tables;
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function celShade(soft: RawImage, settings: AnimeSettings): RawImage {
  const { width, height, data } = soft;
  const grey = greyPlane(soft, scratchBytes('anime grey', width * height));
  const saturate = saturationTable(1.35);
  const { tone, saturatedTone } = paintTables(settings.tones ?? [70, 150, 225]);
  const palette = settings.palette ? paletteTable(settings.palette) : undefined;
  const lastColumn = width - 1;
  for (let y = 0; y < height; y++) {
    const row = y * width, up = (y > 0 ? y - 1 : 0) * width, down = (y < height - 1 ? y + 1 : y) * width;
    for (let x = 0, offset = row * 3; x < width; x++, offset += 3) {
      const pixel = row + x;
      // Edge strength as in the cartoon: |∂x| + |∂y| by central differences.
      const edge = Math.abs(grey[row + (x < lastColumn ? x + 1 : x)] - grey[row + (x > 0 ? x - 1 : 0)]) + Math.abs(grey[down + x] - grey[up + x]);
      const level = grey[pixel];
      const shade = (level * 3 + (edge > 34 ? 2 : edge > 24 ? 1 : 0)) << 8;
      if (palette) {
        const around = level << 8;
        const color = palette.packed[paletteKey(saturate[around | data[offset]], saturate[around | data[offset + 1]], saturate[around | data[offset + 2]])];
        data[offset] = tone[shade | (color >>> 16)];
        data[offset + 1] = tone[shade | ((color >>> 8) & 255)];
        data[offset + 2] = tone[shade | (color & 255)];
      } else {
        data[offset] = saturatedTone[shade | data[offset]];
        data[offset + 1] = saturatedTone[shade | data[offset + 1]];
        data[offset + 2] = saturatedTone[shade | data[offset + 2]];
      }
    }
  }
  return soft;
}
