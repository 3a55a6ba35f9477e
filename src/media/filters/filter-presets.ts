import { animeFilter } from './anime-filter.ts';
import { cartoonFilter } from './cartoon-filter.ts';
import { halftoneFilter } from './halftone-filter.ts';
import { impressionistFilter } from './impressionist-filter.ts';
import { mosaicFilter } from './mosaic-filter.ts';
import { neonEdgesFilter } from './neon-edges-filter.ts';
import { oilPaintFilter } from './oil-paint-filter.ts';
import { findPalette, type Palette } from './palettes.ts';
import { pencilSketchFilter } from './pencil-sketch-filter.ts';
import { pixelateFilter } from './pixelate-filter.ts';
import type { RawImage } from './raw-image.ts';
import { sepiaFilmFilter } from './sepia-film-filter.ts';
import { stainedGlassFilter } from './stained-glass-filter.ts';
import { thermalFilter } from './thermal-filter.ts';
import { watercolorFilter } from './watercolor-filter.ts';

/** One stage of a preset; `palette` is the one the prompt asked for, or the preset's own. */
export type FilterStep = (image: RawImage, palette: Palette | undefined) => RawImage | Promise<RawImage>;

export interface FilterPreset {
  /** Kebab-case, as clients send it, e.g. `oil-paint`. */
  name: string;
  /** For buttons, e.g. `Oil paint`. */
  label: string;
  /** Words in a prompt that pick this preset; phrases allowed. */
  words: readonly string[];
  /** The palette used unless the prompt names another. */
  palette?: string;
  /** What an AI backend is asked for when a person picks this preset by name. */
  prompt: string;
  /** Applied in order. */
  steps: readonly FilterStep[];
}

/**
 * The built-in looks. Each is a short list of filters, so a new look is usually a new row here
 * rather than new pixel code. Order matters
 * when a prompt matches two rows equally: the earlier wins, so rows with specific words
 * ("watercolour") come before rows with generic ones ("painting").
 */
export const filterPresets: readonly FilterPreset[] = [
  {
    name: 'cartoon', label: 'Cartoon', words: ['cartoon', 'animated', 'toon', 'animation', 'disney', 'pixar'],
    prompt: 'cartoon style, flat colours, bold clean outlines',
    steps: [(image, palette) => cartoonFilter(image, { palette })],
  },
  {
    name: 'comic', label: 'Comic book', words: ['comic', 'comics', 'pop art', 'superhero', 'graphic novel'], palette: 'pop',
    prompt: 'comic book art, pop art colours, thick black ink lines',
    steps: [(image, palette) => cartoonFilter(image, { palette, edgeThreshold: 0.05, smoothing: 2, levels: 4 })],
  },
  {
    name: 'anime', label: 'Anime', words: ['anime', 'cel', 'cel shaded', 'cel shading', 'manga', 'ghibli', 'japanese animation'],
    prompt: 'anime style, cel shading, clean thin lines, vivid colours',
    steps: [(image, palette) => animeFilter(image, { palette })],
  },
  {
    name: 'impressionist', label: 'Impressionist', words: ['impressionist', 'impressionism', 'monet', 'renoir', 'dabs'],
    prompt: 'impressionist painting, soft dabs of colour, light and airy',
    steps: [(image, palette) => impressionistFilter(image, { palette })],
  },
  {
    name: 'watercolor', label: 'Watercolour', words: ['watercolor', 'watercolour', 'aquarelle', 'wash', 'gouache'],
    prompt: 'watercolour painting, soft washes, paper texture',
    steps: [(image, palette) => watercolorFilter(image, { palette })],
  },
  {
    name: 'oil-paint', label: 'Oil paint', words: ['oil', 'painting', 'painted', 'paint', 'impasto', 'van gogh', 'canvas', 'rembrandt'],
    prompt: 'oil painting, thick brush strokes, impasto, on canvas',
    steps: [(image, palette) => oilPaintFilter(image, { palette })],
  },
  {
    name: 'pencil-sketch', label: 'Pencil sketch', words: ['pencil', 'sketch', 'sketched', 'drawing', 'drawn', 'graphite', 'charcoal', 'hand drawn'],
    prompt: 'pencil sketch, graphite drawing on paper, hatching',
    steps: [(image, palette) => pencilSketchFilter(image, { palette })],
  },
  {
    name: 'pixel-art', label: 'Pixel art', words: ['pixel', 'pixels', 'pixelated', '8 bit', '8bit', '16 bit', 'retro game', 'arcade', 'sprite'],
    palette: 'fantasy-console', prompt: 'pixel art, 16 colour palette, retro video game',
    steps: [(image, palette) => pixelateFilter(image, { blockSize: 8, palette })],
  },
  {
    name: 'retro-handheld', label: 'Retro handheld', words: ['gameboy', 'game boy', 'handheld', 'dot matrix'], palette: 'handheld',
    prompt: 'four shades of green, dot matrix handheld game screen, pixel art',
    steps: [(image, palette) => pixelateFilter(image, { blockSize: 4, palette })],
  },
  {
    name: 'neon-edges', label: 'Neon edges', words: ['neon', 'glow', 'glowing', 'cyberpunk', 'tron', 'synthwave', 'laser', 'outline'],
    prompt: 'glowing neon outlines on black, cyberpunk, synthwave',
    steps: [(image, palette) => neonEdgesFilter(image, { palette })],
  },
  {
    name: 'sepia-film', label: 'Sepia film', words: ['sepia', 'old film', 'silent film', 'silent movie', 'film grain', '1920s', '1900s', 'victorian', 'old photo', 'daguerreotype'],
    prompt: 'old sepia photograph, film grain, vignette, 1920s',
    steps: [(image) => sepiaFilmFilter(image)],
  },
  {
    name: 'halftone', label: 'Halftone print', words: ['halftone', 'newspaper', 'newsprint', 'print', 'printed', 'dots', 'ben day', 'risograph'],
    prompt: 'halftone print, CMY dots on newsprint',
    steps: [(image) => halftoneFilter(image)],
  },
  {
    name: 'stained-glass', label: 'Stained glass', words: ['stained glass', 'glass', 'church window', 'cathedral', 'leaded'],
    prompt: 'stained glass window, rich coloured panes, dark lead lines',
    steps: [(image, palette) => stainedGlassFilter(image, { palette })],
  },
  {
    name: 'mosaic', label: 'Mosaic', words: ['mosaic', 'tiles', 'tiled', 'tessera', 'tesserae', 'roman', 'byzantine'],
    prompt: 'ancient mosaic of small square tiles with grout',
    steps: [(image, palette) => mosaicFilter(image, { palette })],
  },
  {
    name: 'thermal', label: 'Thermal camera', words: ['thermal', 'infrared', 'heat', 'heatmap', 'heat map', 'predator', 'night vision'],
    prompt: 'thermal camera image, iron colour scale',
    steps: [(image) => thermalFilter(image)],
  },
  {
    // No look of its own: the prompt's colour, mood and place words (style-words.ts) grade the picture.
    name: 'colour-grade', label: 'Colour grade', words: ['colour grade', 'color grade', 'graded', 'photo', 'photograph', 'realistic'],
    prompt: 'photograph, cinematic colour grade',
    steps: [],
  },
];

export const presetNames: readonly string[] = filterPresets.map((preset) => preset.name);

/** Accepts `oil-paint`, `Oil paint` and `oil_paint` alike. */
export function findPreset(name: string): FilterPreset | undefined {
  const normalized = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return filterPresets.find((preset) => preset.name === normalized);
}

/** Runs a preset's steps; `palette` overrides the preset's own. */
export async function applyPreset(image: RawImage, preset: FilterPreset, palette?: Palette): Promise<RawImage> {
  const chosen = palette ?? (preset.palette ? findPalette(preset.palette) : undefined);
  let current = image;
  for (const step of preset.steps) current = await step(current, chosen);
  return current;
}
