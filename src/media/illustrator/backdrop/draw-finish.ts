import type { DrawContext } from '../draw-context.ts';
import { mixColours } from '../colour.ts';
import { shelteredSettings } from '../scene-layout.ts';
import { decimal, precise } from '../svg-markup.ts';
import { skyLightPlace } from './draw-sun-and-moon.ts';

/**
 * The last coats: a wash of light from a low sun, a vignette that pulls the eye to the middle, and a
 * fine grain so flat colours read as paper rather than plastic. The grain is a small tiled pattern:
 * an feTurbulence filter looks alike but costs resvg a full-picture pass (about 50 ms at 768×432).
 */
export function drawFinish(context: DrawContext): string {
  return lightWash(context) + vignette(context) + grain(context);
}

function lightWash(context: DrawContext): string {
  const { scene, paint, defs, width, height } = context;
  const isLow = scene.timeOfDay === 'sunset' || scene.timeOfDay === 'dawn';
  if (!isLow || shelteredSettings.has(scene.setting)) return '';
  const place = skyLightPlace(context);
  const warm = paint.glow(scene.timeOfDay === 'sunset' ? '#ff9b52' : '#ffc3b0');
  const fill = defs.add('wash', (id) =>
    `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${decimal(place.x)}" cy="${decimal(place.y)}" r="${decimal(width * 0.8)}">` +
    `<stop offset="0" stop-color="${warm}" stop-opacity="0.35"/><stop offset="1" stop-color="${warm}" stop-opacity="0"/></radialGradient>`,
  );
  return `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${fill}"/>`;
}

function vignette(context: DrawContext): string {
  const { scene, paint, defs, width, height } = context;
  const strength = 0.22 + (paint.isDark ? 0.18 : 0) + scene.energy * 0.16 + (scene.palette === 'moody' ? 0.12 : 0);
  const edge = mixColours(paint.sky.top, '#000000', 0.6);
  const fill = defs.add('vignette', (id) =>
    `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${decimal(width / 2)}" cy="${decimal(height * 0.52)}" ` +
      `r="${decimal(Math.hypot(width, height) * 0.56)}">` +
    `<stop offset="0.55" stop-color="${edge}" stop-opacity="0"/><stop offset="1" stop-color="${edge}" ` +
      `stop-opacity="${precise(strength)}"/></radialGradient>`,
  );
  return `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${fill}"/>`;
}

function grain(context: DrawContext): string {
  const random = context.random('grain');
  // A tile wide enough that its repeat does not read as a pattern at 2048 pixels.
  const tile = 96;
  let specks = '';
  for (let index = 0; index < 140; index += 1) {
    const light = random.chance(0.5);
    specks += `<rect x="${decimal(random.between(0, tile))}" y="${decimal(random.between(0, tile))}" width="1.6" height="1.6" ` +
      `fill="${light ? '#ffffff' : '#000000'}" fill-opacity="${precise(random.between(0.025, 0.07))}"/>`;
  }
  const fill = context.defs.add('grain', (id) => `<pattern id="${id}" width="${tile}" height="${tile}" ` +
    `patternUnits="userSpaceOnUse">${specks}</pattern>`);
  return `<rect width="${decimal(context.width)}" height="${decimal(context.height)}" fill="${fill}"/>`;
}
