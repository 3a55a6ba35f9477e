import { BadInputError } from '../../engine/errors/index.ts';
import { filterPresets, findPreset, presetNames, type FilterPreset } from './filter-presets.ts';
import { findPalette, paletteNames, palettes, type Palette } from './palettes.ts';
import { matchStyleWords, type StyleAdjustments } from './style-words.ts';

export interface FilterStyle {
  preset: FilterPreset;
  /** Set when the prompt named colours; otherwise the preset's own palette applies. */
  palette?: Palette;
  /** The prompt words that decided, for the live panel ("cartoon, warm"). */
  matchedWords: string[];
  /** What colour, mood and place words ask of the whole picture (style-words.ts), if any. */
  adjustments?: StyleAdjustments;
  /** Those adjustments in words for the live panel, e.g. "blue-green tint, soft focus". */
  effects: string[];
  /** True when no word matched and the default preset was used. */
  fellBack: boolean;
}

export const defaultPresetName = 'cartoon';
/** Used when only colour, mood or place words matched: the picture graded, not cartooned. */
const gradeOnlyPresetName = 'colour-grade';

/**
 * Maps a prompt to a preset and palette by its words. `preset:oil-paint` and `palette:warm` name
 * them outright (an unknown name is a BadInputError listing the choices); a bare preset name works
 * too; otherwise the preset whose words the prompt uses most wins, first in the table on a tie.
 */
export function chooseFilterStyle(prompt: string): FilterStyle {
  const explicitPreset = /(?:^|\s)preset:\s*([\w-]+)/i.exec(prompt)?.[1];
  const explicitPalette = /(?:^|\s)palette:\s*([\w-]+)/i.exec(prompt)?.[1];
  const words = ` ${prompt.toLowerCase().replace(/(preset|palette):\s*[\w-]+/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()} `;

  let palette: Palette | undefined;
  const matchedWords: string[] = [];
  if (explicitPalette) {
    palette = findPalette(explicitPalette.toLowerCase());
    if (!palette) throw new BadInputError(`There is no palette named "${explicitPalette}"; choose one of: ${paletteNames.join(', ')}.`, { details: { palettes: paletteNames } });
  } else {
    const best = bestMatch(palettes, words);
    if (best) {
      palette = best.item;
      matchedWords.push(...best.matched);
    }
  }

  const { adjustments, effects, matched: adjustmentWords } = matchStyleWords(words);
  for (const word of adjustmentWords) if (!matchedWords.includes(word)) matchedWords.push(word);
  const graded = { adjustments, effects };
  if (explicitPreset) {
    const preset = findPreset(explicitPreset);
    if (!preset) throw new BadInputError(`There is no preset named "${explicitPreset}"; choose one of: ${presetNames.join(', ')}.`, { details: { presets: presetNames } });
    return { preset, palette, matchedWords: [preset.name, ...matchedWords], fellBack: false, ...graded };
  }
  const named = findPreset(prompt);
  if (named) return { preset: named, palette, matchedWords: [named.name], fellBack: false, effects: [] };
  const best = bestMatch(filterPresets, words);
  if (best) return { preset: best.item, palette, matchedWords: [...best.matched, ...matchedWords], fellBack: false, ...graded };
  if (adjustments) return { preset: findPreset(gradeOnlyPresetName)!, palette, matchedWords, fellBack: false, ...graded };
  return { preset: findPreset(defaultPresetName)!, palette, matchedWords, fellBack: true, effects: [] };
}

/** The item using most of its words in the padded, lower-case `text`; the first one on a tie. */
function bestMatch<T extends { words: readonly string[] }>(items: readonly T[], text: string): { item: T; matched: string[] } | undefined {
  let best: { item: T; matched: string[] } | undefined;
  for (const item of items) {
    const matched = item.words.filter((word) => text.includes(` ${word} `));
    if (matched.length > (best?.matched.length ?? 0)) best = { item, matched };
  }
  return best;
}
