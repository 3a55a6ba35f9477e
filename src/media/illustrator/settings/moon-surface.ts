import { drawStars } from '../backdrop/draw-stars.ts';
import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** On the Moon: a black starry sky with the Earth hanging in it, grey hills, and dusty ground pocked with craters, a flag planted. */
export const moonSurface: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('moon-surface');
    let back = `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${paint.glow('#04040c')}"/>`;
    back += drawStars(context, 0, horizonY);
    const main = scene.subjects[0];
    back += earth(context, main.x < 0.5 ? width * 0.74 : width * 0.26, height * 0.2, height * 0.09);
    const hills = ridge(context, random, { baseY: horizonY + 20, amplitude: 40, bumps: 3, smoothness: 0.6 });
    back += `<path d="${hills.path}" fill="${paint.colour('#6e6e78')}"/>`;
    const ground = ridge(context, random, { baseY: horizonY + 90, amplitude: 12, bumps: 2, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${defs.linear([[0, paint.colour('#b4b4bc')], [1, paint.colour('#85858f')]])}"/>`;
    for (let index = 0; index < 7; index += 1) {
      const y = random.between(horizonY + 120, height - 20);
      const size = 20 + ((y - horizonY) / (height - horizonY)) * 80;
      back += crater(context, random.between(0, width), y, size);
    }
    const flagX = main.x < 0.5 ? width * 0.86 : width * 0.12;
    back += `<path d="M${decimal(flagX)} ${decimal(groundTopY + 20)}V${decimal(groundTopY - 160)}" stroke="${paint.colour('#d8d8e0')}" stroke-width="6"/>` +
      `<rect x="${decimal(flagX)}" y="${decimal(groundTopY - 160)}" width="90" height="56" fill="${paint.colour(paint.accents[0])}"/>`;
    return { back, front: '' };
  },
};

function crater(context: DrawContext, x: number, y: number, size: number): string {
  const { paint } = context;
  return `<ellipse cx="${decimal(x)}" cy="${decimal(y)}" rx="${decimal(size)}" ry="${decimal(size * 0.3)}" fill="${paint.colour('#dcdce4')}"/>` +
    `<ellipse cx="${decimal(x)}" cy="${decimal(y + size * 0.04)}" rx="${decimal(size * 0.86)}" ry="${decimal(size * 0.24)}" fill="${paint.colour('#6e6e78')}"/>`;
}

/** The Earth: a blue disc with green land and white cloud, its night side in shadow. */
function earth(context: DrawContext, x: number, y: number, radius: number): string {
  const { paint, defs } = context;
  const clip = defs.add('earth', (id) => `<clipPath id="${id}"><circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius)}"/></clipPath>`);
  const land: Array<[number, number, number]> = [[x - radius * 0.3, y - radius * 0.2, radius * 0.4], [x + radius * 0.3, y + radius * 0.35, radius * 0.3], [x - radius * 0.1, y + radius * 0.1, radius * 0.25]];
  return `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius * 1.3)}" fill="${defs.radial([[0.7, paint.glow('#6fb8ff'), 0.4], [1, paint.glow('#6fb8ff'), 0]])}"/>` +
    `<g clip-path="${clip}"><circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius)}" fill="${paint.glow('#2f7fd6')}"/>` +
    `<path d="${circlesPath(land)}" fill="${paint.glow('#4faa5a')}"/>` +
    `<path d="M${decimal(x - radius)} ${decimal(y - radius * 0.5)}h${decimal(radius * 1.2)}M${decimal(x - radius * 0.4)} ${decimal(y + radius * 0.6)}h${decimal(radius * 1.2)}" stroke="${paint.glow('#ffffff')}" stroke-width="${decimal(radius * 0.12)}" stroke-linecap="round" opacity="0.8"/>` +
    `<circle cx="${decimal(x + radius * 0.7)}" cy="${decimal(y + radius * 0.3)}" r="${decimal(radius * 1.1)}" fill="#000" opacity="0.45"/></g>`;
}
