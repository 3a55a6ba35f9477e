import { performance } from 'node:perf_hooks';
import { BadInputError } from '../../engine/errors/index.ts';
import { applyPreset, findPreset, presetNames, type FilterPreset } from './filter-presets.ts';
import { findPalette, paletteNames, type Palette } from './palettes.ts';
import { applyStyleAdjustments } from './apply-style-adjustments.ts';
import type { StyleAdjustments } from './style-words.ts';
import { decodeRawImage, encodeRawImage, type FrameMediaType, type RawImage } from './raw-image.ts';

export interface RestyleFrameOptions {
  /** A palette (or its name) instead of the preset's own. */
  palette?: Palette | string;
  /** Frames are scaled down to fit this square first; 512 by default, as the AI backends use. */
  maxSide?: number;
  /** `image/jpeg` by default. */
  outputMediaType?: FrameMediaType;
  /** JPEG/WebP quality, 80 by default. */
  quality?: number;
  /** 0 returns the frame unchanged, 1 (default) the full look; between blends the two. */
  strength?: number;
  /** Tint, soft focus and the like from the prompt's words, applied after the preset. */
  adjustments?: StyleAdjustments;
  /**
   * Last step before the encode, given the frame as decoded and as styled (the live styles keep the
   * look on the room or the person only here, so the frame is not decoded and encoded again). Runs
   * on the filter's own thread; its time counts as the filter's.
   */
  mix?: (source: RawImage, styled: RawImage) => RawImage;
}

export interface RestyledFrame {
  data: Uint8Array;
  mediaType: FrameMediaType;
  width: number;
  height: number;
  /** Where the time went, for the live panel and the benchmarks. */
  timings: { decodeMs: number; filterMs: number; encodeMs: number };
}

/** Decodes a frame, applies a preset (a name or the preset itself) and encodes the result. */
export async function restyleFrame(bytes: Uint8Array, preset: FilterPreset | string, options: RestyleFrameOptions = {}): Promise<RestyledFrame> {
  const chosen = typeof preset === 'string' ? findPreset(preset) : preset;
  if (!chosen) throw new BadInputError(`There is no preset named "${String(preset)}"; choose one of: ${presetNames.join(', ')}.`, { details: { presets: presetNames } });
  const palette = typeof options.palette === 'string' ? findPalette(options.palette) : options.palette;
  if (typeof options.palette === 'string' && !palette) {
    throw new BadInputError(`There is no palette named "${options.palette}"; choose one of: ${paletteNames.join(', ')}.`);
  }
  const started = performance.now();
  const source = await decodeRawImage(bytes, options.maxSide ?? 512);
  const decoded = performance.now();
  const strength = Math.min(1, Math.max(0, options.strength ?? 1));
  const looked = strength === 0 ? source : blend(source, await applyStyleAdjustments(await applyPreset(source, chosen, palette), options.adjustments), strength);
  const styled = options.mix ? options.mix(source, looked) : looked;
  const filtered = performance.now();
  const mediaType = options.outputMediaType ?? 'image/jpeg';
  const data = await encodeRawImage(styled, mediaType, options.quality ?? 80);
  const encoded = performance.now();
  return {
    data, mediaType, width: styled.width, height: styled.height,
    timings: { decodeMs: decoded - started, filterMs: filtered - decoded, encodeMs: encoded - filtered },
  };
}

function blend(source: RawImage, styled: RawImage, strength: number): RawImage {
  if (strength >= 1) return styled;
  const data = new Uint8Array(styled.data.length);
  // In 256ths: integer arithmetic, no float rounding per byte.
  const share = Math.round(strength * 256);
  for (let index = 0; index < data.length; index++) data[index] = source.data[index] + (((styled.data[index] - source.data[index]) * share + 128) >> 8);
  return { data, width: styled.width, height: styled.height };
}
