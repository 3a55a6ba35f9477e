import type { DrawContext } from '../draw-context.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** Two rows of buildings, windows that light up after dark (and neon signs in a neon palette), a street and lamps. */
export const city: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, groundTopY } = context;
    const random = context.random('city');
    let back = skyline(context, random, { base: groundTopY - 40, low: 160, high: 380, depth: 0.55, colour: '#8a9bb8', windows: false });
    back += skyline(context, random, { base: groundTopY + 5, low: 150, high: 330, depth: 0.22, colour: '#5f6f91', windows: true });
    back += `<rect x="0" y="${decimal(groundTopY)}" width="${decimal(width)}" height="34" fill="${paint.colour('#a3a8b3')}"/>`;
    back += `<rect x="0" y="${decimal(groundTopY + 34)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${paint.colour('#565c69')}"/>`;
    let dashes = '';
    for (let x = 20; x < width; x += 120) dashes += `M${decimal(x)} ${decimal(groundTopY + 34 + (height - groundTopY - 34) * 0.55)}h60`;
    back += `<path d="${dashes}" stroke="${paint.colour('#f1e4b5')}" stroke-width="7" stroke-linecap="round" opacity="0.8"/>`;
    const pole = paint.colour('#3c4150');
    const lamp = paint.glow('#ffe39a');
    for (let x = random.between(60, 140); x < width; x += random.between(280, 380)) {
      back += `<path d="M${decimal(x)} ${decimal(groundTopY + 30)}V${decimal(groundTopY - 150)}q0 -18 18 -18h14" stroke="${pole}" ` +
        `stroke-width="7" fill="none" stroke-linecap="round"/>`;
      if (paint.isDark) back += `<circle cx="${decimal(x + 32)}" cy="${decimal(groundTopY - 160)}" r="60" ` +
        `fill="${context.defs.radial([[0, lamp, 0.6], [1, lamp, 0]])}"/>`;
      back += `<ellipse cx="${decimal(x + 32)}" cy="${decimal(groundTopY - 163)}" rx="13" ry="8" fill="${paint.isDark ? lamp : paint.colour('#f4f1ea')}"/>`;
    }
    return { back, front: '' };
  },
};

interface SkylineOptions {
  base: number;
  low: number;
  high: number;
  depth: number;
  colour: string;
  windows: boolean;
}

function skyline(context: DrawContext, random: SeededRandom, options: SkylineOptions): string {
  const { paint, width, scene } = context;
  const neon = scene.palette === 'neon' || scene.energy > 0.8;
  let markup = '';
  for (let x = random.between(-60, 0); x < width; ) {
    const buildingWidth = random.between(90, 170);
    const buildingHeight = random.between(options.low, options.high);
    const top = options.base - buildingHeight;
    const wall = paint.haze(options.colour, options.depth * random.between(0.85, 1.15));
    markup += `<rect x="${decimal(x)}" y="${decimal(top)}" width="${decimal(buildingWidth - 6)}" height="${decimal(buildingHeight + 40)}" rx="4" fill="${wall}"/>`;
    if (random.chance(0.3)) markup += `<rect x="${decimal(x + buildingWidth * 0.35)}" y="${decimal(top - 30)}" ` +
      `width="${decimal(buildingWidth * 0.25)}" height="30" fill="${wall}"/>`;
    if (options.windows) markup += windows(context, random, x, top, buildingWidth - 6, buildingHeight, neon);
    x += buildingWidth;
  }
  return markup;
}

function windows(context: DrawContext, random: SeededRandom, left: number, top: number, width: number, height: number, neon: boolean): string {
  const { paint } = context;
  const lit = paint.isDark ? paint.glow('#ffd98a') : paint.colour('#cfe6f5');
  const unlit = paint.colour('#3f4a63');
  let litPath = '';
  let darkPath = '';
  for (let y = top + 22; y < top + height - 40; y += 38) {
    for (let x = left + 16; x < left + width - 24; x += 30) {
      const square = `M${decimal(x)} ${decimal(y)}h16v20h-16Z`;
      if (random.chance(paint.isDark ? 0.55 : 0.8)) litPath += square;
      else darkPath += square;
    }
  }
  let markup = `<path d="${darkPath}" fill="${unlit}" opacity="0.6"/><path d="${litPath}" fill="${lit}"/>`;
  if (neon && paint.isDark && random.chance(0.45)) {
    const sign = paint.glow(random.pick(paint.accents));
    const signY = top + random.between(30, Math.max(40, height * 0.4));
    markup += `<rect x="${decimal(left + width * 0.2)}" y="${decimal(signY)}" width="${decimal(width * 0.6)}" height="34" rx="17" fill="none" ` +
      `stroke="${sign}" stroke-width="6"/>` +
      `<rect x="${decimal(left + width * 0.2 - 8)}" y="${decimal(signY - 8)}" width="${decimal(width * 0.6 + 16)}" height="50" rx="25" ` +
        `fill="${sign}" opacity="0.18"/>`;
  }
  return markup;
}
