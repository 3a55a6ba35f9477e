import { fromHsl, mixColours, shade, toHsl } from './colour.ts';
import { palettes } from './palettes.ts';
import type { SceneDescription } from './scene-description.ts';
import { sceneLighting, skyColours, type SkyColours } from './scene-lighting.ts';

/** Turns the drawing modules' base colours into this scene's colours. */
export interface Paint {
  /** A lit surface: graded by palette and energy, then lit by the scene's light (`exposure` 0..1 of it). */
  colour(hex: string, exposure?: number): string;
  /** Something that shines (sky, sun, lamps, stars): graded but not darkened by the night. */
  glow(hex: string): string;
  /** A backdrop layer `depth` of the way (0..1) into the distance fades towards the horizon's colour. */
  haze(hex: string, depth: number): string;
  sky: SkyColours;
  /** The palette's accent colours, ungraded: pass them through `colour` or `glow`. */
  accents: string[];
  /** Dark enough that windows glow and stars show. */
  isDark: boolean;
}

export function createPaint(scene: SceneDescription): Paint {
  const palette = palettes[scene.palette];
  const light = sceneLighting(scene);
  // Energy is the music video's intensity: calm scenes are soft and flat, energetic ones saturated and punchy.
  const saturation = palette.saturation * (0.62 + 0.76 * scene.energy);
  const contrast = palette.contrast * (0.86 + 0.3 * scene.energy);

  const grade = (hex: string): string => {
    const hsl = toHsl(hex);
    // Lifts and flattening spare the shadows, so a calm pastel night stays a night.
    const lifted = hsl.lightness + palette.lightness * Math.min(1, hsl.lightness * 2);
    const spread = lifted < 0.5 && contrast < 1 ? 1 - (1 - contrast) * 0.3 : contrast;
    const lightness = 0.5 + (lifted - 0.5) * spread;
    const graded = fromHsl({ hue: hsl.hue, saturation: hsl.saturation * saturation, lightness });
    return palette.tintAmount > 0 ? mixColours(graded, palette.tint, palette.tintAmount) : graded;
  };

  const cache = new Map<string, string>();
  const colour = (hex: string, exposure = 1): string => {
    const key = `${hex}/${exposure}`;
    const known = cache.get(key);
    if (known) return known;
    const lit = shade(mixColours(grade(hex), light.tint, light.tintAmount * exposure), -(1 - light.brightness) * exposure);
    cache.set(key, lit);
    return lit;
  };
  const glow = (hex: string) => colour(hex, 0);
  const base = skyColours(scene);
  const sky = { top: glow(base.top), middle: glow(base.middle), horizon: glow(base.horizon) };
  return {
    colour,
    glow,
    haze: (hex, depth) => mixColours(colour(hex, 1 - depth * 0.4), sky.horizon, depth),
    sky,
    accents: palette.accents,
    isDark: scene.timeOfDay === 'night' || scene.timeOfDay === 'dusk' || scene.setting === 'space' || scene.setting === 'moon-surface' || scene.setting === 'cave',
  };
}
