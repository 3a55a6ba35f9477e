import { drawFogBand } from '../backdrop/draw-weather.ts';
import { flower } from '../backdrop/scenery.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { shade } from '../colour.ts';
import type { DrawContext } from '../draw-context.ts';

/** The backdrop of one setting, in two parts: behind the subjects and in front of them. */
export interface SettingLayers {
  back: string;
  /** Waves over a swimmer's body, grass before feet, a crowd before a stage. */
  front: string;
}

export interface SettingArtist {
  /** `open`: the renderer first paints sky, sun or moon, stars and clouds; `own`: the artist paints its whole backdrop. */
  sky: 'open' | 'own';
  draw(context: DrawContext): SettingLayers;
}

/** Mist between two parallax layers, only in fog: it is what makes the far layers recede. */
export function fogBetween(context: DrawContext, y: number, opacity = 0.4): string {
  return context.scene.weather === 'fog' ? drawFogBand(context, y, context.height * 0.22, opacity) : '';
}

/** The nearest ground: a touch hazy at its far edge, darker towards the bottom of the picture. */
export function groundFill(context: DrawContext, hex: string, snowy = context.scene.weather === 'snow'): string {
  const base = snowy ? '#eef3f8' : hex;
  const bottom = snowy ? '#c9d6e6' : shade(hex, -0.28);
  return context.defs.linear([[0, context.paint.haze(base, 0.12)], [1, context.paint.colour(bottom)]]);
}

/**
 * Flowers in the palette's accents scattered over the near ground, one to every `spacing` units of width, from `topAt(x)`
 * down, each bigger the nearer it stands (`base` units at the ground's top, `base + growth` at the picture's foot); none
 * in the snow. Meadows, the castle's slope and the village share it.
 */
export function flowersOnTheGround(context: DrawContext, random: SeededRandom, shape: { spacing: number; topAt: (x: number) => number; base: number; growth: number }): string {
  const { paint, width, height, groundTopY, scene } = context;
  if (scene.weather === 'snow') return '';
  const centre = paint.colour('#ffd23f');
  const stem = paint.colour('#3e7a35');
  let markup = '';
  for (let index = 0; index < Math.round(width / shape.spacing); index += 1) {
    const x = random.between(0, width);
    const y = random.between(shape.topAt(x), height);
    markup += flower(x, y, shape.base + ((y - groundTopY) / (height - groundTopY)) * shape.growth, paint.colour(random.pick(paint.accents), 0.6), centre, stem);
  }
  return markup;
}
