import type { DrawContext } from '../draw-context.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { circlesPath, decimal } from '../svg-markup.ts';

const cloudColourByTime = { dawn: '#ffe3e0', day: '#ffffff', sunset: '#ffd2c0', dusk: '#9d86c2', night: '#4a5688' } as const;

/** A puffy cloud with a flat base at `y`: a row of circles resting on it, the middle ones tallest. */
export function cloudPath(x: number, y: number, size: number, random: SeededRandom): string {
  const puffs = random.integer(3, 5);
  const circles: Array<[number, number, number]> = [];
  for (let index = 0; index < puffs; index += 1) {
    const across = (index / (puffs - 1) - 0.5) * 2;
    const radius = size * (0.6 - Math.abs(across) * 0.28) * random.between(0.85, 1.15);
    circles.push([x + across * size * 0.85, y - radius, radius]);
  }
  const baseHeight = size * 0.34;
  circles.push([x - size * 1.05, y - baseHeight / 2, baseHeight / 2], [x + size * 1.05, y - baseHeight / 2, baseHeight / 2]);
  // Drawn the same way round as the circles, so the non-zero fill rule unites them instead of cutting holes.
  return `${circlesPath(circles)}M${decimal(x - size * 1.05)} ${decimal(y - baseHeight)}v${decimal(baseHeight)}h${decimal(size * 2.1)}v${decimal(-baseHeight)}Z`;
}

export function cloudColour(context: DrawContext): string {
  const { scene, paint } = context;
  if (scene.weather === 'rain') return paint.glow('#7d8896');
  if (scene.weather === 'snow') return paint.glow(scene.timeOfDay === 'night' ? '#56608a' : '#dfe6ef');
  return paint.glow(cloudColourByTime[scene.timeOfDay]);
}

/** Clouds across the upper sky: many and grey in rain, a few in fine weather, none in fog. */
export function drawClouds(context: DrawContext): string {
  const { scene, width, height, horizonY, defs } = context;
  if (scene.weather === 'fog' || scene.weather === 'aurora') return '';
  const random = context.random('clouds');
  const perWidth = scene.weather === 'rain' ? 5 : scene.weather === 'snow' ? 3 : scene.weather === 'stars' ? 1 : 2.2;
  const count = Math.max(1, Math.round((perWidth * width) / height * random.between(0.7, 1.2)));
  const colour = cloudColour(context);
  const fill = defs.linear([[0, colour], [1, colour, 0.82]]);
  let paths = '';
  for (let index = 0; index < count; index += 1) {
    const x = ((index + random.between(0.1, 0.9)) / count) * width;
    const y = random.between(height * 0.12, Math.max(height * 0.16, horizonY - height * 0.14));
    const size = height * random.between(0.05, 0.1) * (scene.weather === 'rain' ? 1.5 : 1);
    paths += `<path d="${cloudPath(x, y, size, random)}" fill="${fill}" opacity="${decimal(random.between(0.75, 0.95))}"/>`;
  }
  return paths;
}
