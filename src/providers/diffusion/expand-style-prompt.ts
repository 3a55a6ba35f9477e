import { BadInputError } from '../../engine/errors/index.ts';
import { findPalette, findPreset, paletteNames, presetNames } from '../../media/filters/index.ts';

/**
 * Turns the live session's prompt into words an image model understands: `preset:oil-paint`
 * becomes that preset's description ("oil painting, thick brush strokes, …") and `palette:warm`
 * becomes "warm colour palette"; other words pass through. Unknown names are refused with the
 * list, as the built-in filters refuse them.
 */
export function expandStylePrompt(prompt: string): string {
  const expanded = prompt.replace(/(?:^|\s)(preset|palette):\s*([\w-]+)/gi, (_match, kind: string, name: string) => {
    if (kind.toLowerCase() === 'preset') {
      const preset = findPreset(name);
      if (!preset) throw new BadInputError(`There is no preset named "${name}"; choose one of: ${presetNames.join(', ')}.`, { details: { presets: presetNames } });
      return ` ${preset.prompt},`;
    }
    const palette = findPalette(name.toLowerCase());
    if (!palette) throw new BadInputError(`There is no palette named "${name}"; choose one of: ${paletteNames.join(', ')}.`);
    return ` ${palette.name} colour palette,`;
  });
  return expanded.replace(/\s+/g, ' ').replace(/,\s*$/, '').replace(/,\s*,/g, ',').trim();
}
