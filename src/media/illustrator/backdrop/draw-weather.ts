import type { DrawContext } from '../draw-context.ts';
import { shelteredSettings } from '../scene-layout.ts';
import { decimal } from '../svg-markup.ts';

/** Falling rain or snow in front of everything; rain slants more as the energy rises. */
export function drawPrecipitation(context: DrawContext): string {
  const { scene, paint, width, height } = context;
  if (shelteredSettings.has(scene.setting)) return '';
  const random = context.random('precipitation');
  if (scene.weather === 'rain') {
    const count = Math.round((150 * width) / height);
    const slant = Math.tan(((8 + scene.energy * 22) * Math.PI) / 180);
    let drops = '';
    for (let index = 0; index < count; index += 1) {
      const x = random.between(-50, width + 50);
      const y = random.between(-20, height);
      const length = random.between(22, 44);
      drops += `M${decimal(x)} ${decimal(y)}l${decimal(-slant * length)} ${decimal(length)}`;
    }
    return `<path d="${drops}" stroke="${paint.glow('#d8e6f5')}" stroke-width="2.4" stroke-linecap="round" opacity="0.5"/>`;
  }
  if (scene.weather === 'snow') {
    const count = Math.round((110 * width) / height);
    const light = paint.glow('#ffffff');
    let flakes = '';
    for (let index = 0; index < count; index += 1) {
      flakes += `<circle cx="${decimal(random.between(0, width))}" cy="${decimal(random.between(0, height))}" ` +
        `r="${decimal(random.between(2.5, 7))}" opacity="${decimal(random.between(0.55, 0.95))}"/>`;
    }
    return `<g fill="${light}">${flakes}</g>`;
  }
  return '';
}

/** A band of mist at height `y` (units), fading out above and below; fog scenes put one between each layer. */
export function drawFogBand(context: DrawContext, y: number, thickness: number, opacity: number): string {
  const { paint, defs, width } = context;
  const mist = paint.glow(context.scene.timeOfDay === 'night' ? '#8c9ac0' : '#eef1f4');
  const fill = defs.linear([[0, mist, 0], [0.5, mist, opacity], [1, mist, 0]]);
  return `<rect x="0" y="${decimal(y - thickness / 2)}" width="${decimal(width)}" height="${decimal(thickness)}" fill="${fill}"/>`;
}
