import { chooseFilterStyle, findPreset } from '../media/filters/index.ts';
import type { LiveStyle } from './live-messages.ts';

/**
 * The style in a few words for the live panel, as the built-in filters read it:
 * "Oil paint", "Cartoon · warm palette", or "“a foggy harbour” → Cartoon (no style words recognised)".
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
  const quoted = style.prompt ? `“${style.prompt}” → ` : '';
  return `${quoted}${chosen.preset.label}${palette}${chosen.fellBack ? ' (no style words recognised)' : ''}`;
}
