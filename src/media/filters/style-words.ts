import type { Color } from './palettes.ts';

/** A change to the whole picture that a prompt's words ask for, applied after the preset's look. */
export interface StyleAdjustments {
  /** A colour the picture is washed toward (mid grey becomes this colour). */
  tint?: Color;
  /** How far toward the tint, 0–1. */
  tintStrength?: number;
  /** Soft focus: a Gaussian sigma in pixels. */
  softness?: number;
  /** 1 leaves colour alone, below greys it, above makes it vivid. */
  saturation?: number;
  /** Multiplies every level: below 1 darker, above lighter. */
  brightness?: number;
}

export interface StyleWord {
  /** Words or phrases that ask for this. */
  words: readonly string[];
  /** For the live panel: what the words did, e.g. "blue-green tint". */
  effect: string;
  adjustments: StyleAdjustments;
}

/**
 * Words for colours, moods, places, eras and materials, and what each does to the picture. Several
 * may combine ("a dreamy underwater scene": soft focus and a blue-green tint); where two set the
 * same field, the later row wins. Words that pick a whole look (glass, newspaper, 1920s) are preset
 * words instead, in filter-presets.ts.
 */
export const styleWords: readonly StyleWord[] = [
  { words: ['underwater', 'under the sea', 'ocean floor', 'aquarium', 'coral reef'], effect: 'blue-green tint, soft focus', adjustments: { tint: [40, 170, 190], tintStrength: 0.45, softness: 1.5, saturation: 0.9 } },
  { words: ['desert', 'sahara', 'dune', 'dunes'], effect: 'sandy gold tint', adjustments: { tint: [230, 180, 110], tintStrength: 0.3, brightness: 1.05 } },
  { words: ['forest', 'jungle', 'woodland'], effect: 'green tint', adjustments: { tint: [90, 160, 80], tintStrength: 0.25 } },
  { words: ['arctic', 'snow', 'snowy', 'frozen', 'icy', 'winter'], effect: 'cold, bright', adjustments: { tint: [190, 220, 250], tintStrength: 0.3, brightness: 1.1, saturation: 0.8 } },
  { words: ['mars', 'martian', 'volcano', 'lava', 'hell'], effect: 'red tint', adjustments: { tint: [220, 80, 40], tintStrength: 0.4 } },
  { words: ['space', 'outer space', 'galaxy', 'moon'], effect: 'deep blue, darker', adjustments: { tint: [60, 60, 160], tintStrength: 0.3, brightness: 0.85 } },
  { words: ['dreamy', 'dream', 'ethereal', 'hazy', 'misty', 'foggy', 'soft focus'], effect: 'soft focus, lighter', adjustments: { softness: 2.5, brightness: 1.08, saturation: 0.85 } },
  { words: ['gloomy', 'moody', 'dark', 'sad', 'melancholy', 'horror', 'spooky'], effect: 'darker, muted', adjustments: { brightness: 0.78, saturation: 0.6 } },
  { words: ['happy', 'cheerful', 'vibrant', 'vivid', 'joyful', 'summer', 'tropical'], effect: 'vivid colour', adjustments: { saturation: 1.45, brightness: 1.05 } },
  { words: ['faded', 'washed out', '1970s', '70s', 'seventies', 'polaroid'], effect: 'faded warm', adjustments: { tint: [220, 190, 140], tintStrength: 0.2, saturation: 0.7, brightness: 1.05 } },
  { words: ['red', 'crimson', 'scarlet'], effect: 'red tint', adjustments: { tint: [210, 50, 50], tintStrength: 0.3 } },
  { words: ['blue', 'azure', 'navy'], effect: 'blue tint', adjustments: { tint: [60, 110, 220], tintStrength: 0.3 } },
  { words: ['green', 'emerald'], effect: 'green tint', adjustments: { tint: [60, 180, 90], tintStrength: 0.3 } },
  { words: ['purple', 'violet', 'lavender'], effect: 'purple tint', adjustments: { tint: [150, 80, 200], tintStrength: 0.3 } },
  { words: ['pink', 'rose', 'magenta'], effect: 'pink tint', adjustments: { tint: [240, 120, 180], tintStrength: 0.3 } },
  { words: ['gold', 'golden', 'golden hour', 'amber'], effect: 'golden tint', adjustments: { tint: [240, 180, 70], tintStrength: 0.3 } },
  { words: ['teal', 'turquoise', 'cyan'], effect: 'teal tint', adjustments: { tint: [40, 180, 180], tintStrength: 0.3 } },
];

/** The rows whose words the padded, lower-case, punctuation-free `text` uses, merged, and the words used. */
export function matchStyleWords(text: string): { adjustments?: StyleAdjustments; effects: string[]; matched: string[] } {
  let adjustments: StyleAdjustments | undefined;
  const effects: string[] = [];
  const matched: string[] = [];
  for (const row of styleWords) {
    const used = row.words.filter((word) => text.includes(` ${word} `));
    if (used.length === 0) continue;
    adjustments = { ...adjustments, ...row.adjustments };
    effects.push(row.effect);
    matched.push(...used);
  }
  return { adjustments, effects, matched };
}
