import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';

/** Stars above the horizon: many on a starry night, a few at dusk, none by day or behind rain. */
export function drawStars(context: DrawContext, top = 0, bottom = context.horizonY): string {
  const { scene, paint, width, height } = context;
  if (!paint.isDark || scene.weather === 'rain' || scene.weather === 'fog') return '';
  const random = context.random('stars');
  const density = scene.weather === 'stars' || scene.setting === 'space' ? 120 : scene.timeOfDay === 'dusk' ? 25 : 55;
  const count = Math.round((density * width) / height);
  const light = paint.glow('#fffbe8');
  let dots = '';
  let sparkles = '';
  for (let index = 0; index < count; index += 1) {
    const x = random.between(0, width);
    // Denser towards the top, where the sky is darkest.
    const y = top + (bottom - top) * random.next() ** 1.4;
    if (random.chance(0.1)) {
      const size = random.between(7, 13) * (0.8 + scene.energy * 0.5);
      const waist = size * 0.22;
      sparkles += `<path d="M${decimal(x)} ${decimal(y - size)}L${decimal(x + waist)} ${decimal(y - waist)}L${decimal(x + size)} ${decimal(y)}L${decimal(x + waist)} ${decimal(y + waist)}L${decimal(x)} ${decimal(y + size)}L${decimal(x - waist)} ${decimal(y + waist)}L${decimal(x - size)} ${decimal(y)}L${decimal(x - waist)} ${decimal(y - waist)}Z"/>`;
    } else {
      dots += `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(random.between(1.2, 3.2))}" opacity="${decimal(random.between(0.45, 1))}"/>`;
    }
  }
  return `<g fill="${light}">${dots}${sparkles}</g>`;
}

/** Northern lights: ribbons whose top and bottom edges wave, fading out above and below. */
export function drawAurora(context: DrawContext): string {
  const { scene, paint, defs, width, height } = context;
  if (scene.weather !== 'aurora' || !paint.isDark) return '';
  const random = context.random('aurora');
  const colours = ['#5dffb0', '#7ad7ff', '#c77dff'];
  let ribbons = '';
  for (let band = 0; band < 3; band += 1) {
    const colour = paint.glow(colours[band]);
    const fill = defs.linear([[0, colour, 0], [0.55, colour, 0.55], [1, colour, 0]]);
    const baseY = height * (0.12 + band * 0.07);
    const thickness = height * random.between(0.12, 0.2);
    const phase = random.between(0, Math.PI * 2);
    const waves = random.between(1.2, 2.4);
    const edge = (offset: number, reverse: boolean) => {
      const points: string[] = [];
      for (let step = 0; step <= 24; step += 1) {
        const x = (width * (reverse ? 24 - step : step)) / 24;
        const y = baseY + offset + Math.sin((x / width) * Math.PI * 2 * waves + phase) * height * 0.05;
        points.push(`${decimal(x)} ${decimal(y)}`);
      }
      return points;
    };
    ribbons += `<path d="M${[...edge(0, false), ...edge(thickness, true)].join('L')}Z" fill="${fill}"/>`;
  }
  return ribbons;
}
