import { chooseFilterStyle, findPreset } from '../media/filters/index.ts';
import type { LiveStyle } from './live-messages.ts';

/**
 * The style in a few words for the live panel, as the built-in filters read it:
 * "Oil paint", "“a dreamy underwater scene” → Colour grade · soft focus, lighter, blue-green tint (from:
 * dreamy, underwater)", or "“a cat on a sofa” → Cartoon (no style words recognised)".
 */
export function describeStyle(style: LiveStyle): string {
  const preset = style.preset ? findPreset(style.preset) : undefined;
  if (preset && !style.prompt) return preset.label;
  let chosen;
  try {
    chosen = chooseFilterStyle([preset ? `preset:${preset.name}` : '', style.prompt ?? ''].join(' '));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const palette = chosen.palette ? ` · ${chosen.palette.name} palette` : '';
  const effects = chosen.effects.length > 0 ? ` · ${chosen.effects.join(', ')}` : '';
  const quoted = style.prompt ? `“${style.prompt}” → ` : '';
  // The words that decided, so a person sees what the filters understood of their prompt.
  const used = style.prompt && chosen.matchedWords.length > 0 ? ` (from: ${chosen.matchedWords.join(', ')})` : '';
  return `${quoted}${chosen.preset.label}${palette}${effects}${chosen.fellBack ? ' (no style words recognised)' : used}`;
}
