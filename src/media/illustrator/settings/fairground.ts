import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A fairground: a big wheel turning against the sky, a striped circus tent, strings of bunting and bulbs that glow after dark. */
export const fairground: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('fairground');
    const main = scene.subjects[0];
    const away = main.x < 0.5 ? 1 : -1;
    let back = ferrisWheel(context, width / 2 + away * width * 0.28, groundTopY - 40, height * 0.3);
    const far = ridge(context, random, { baseY: horizonY + 60, amplitude: 10, bumps: 2, smoothness: 1 });
    back += `<path d="${far.path}" fill="${paint.haze('#7fae6a', 0.4)}"/>`;
    // The big top: a striped cone roof over a striped drum, with a flag.
    const tentX = width / 2 + away * width * 0.05;
    const tentBase = groundTopY - 10;
    const [red, cream] = [paint.colour('#d8343c'), paint.colour('#f7efe0')];
    let stripes = '';
    for (let index = -4; index < 4; index += 2) stripes += `M${decimal(tentX + index * 30)} ${decimal(tentBase)}v-120h30v120Z`;
    back += `<rect x="${decimal(tentX - 120)}" y="${decimal(tentBase - 120)}" width="240" height="120" fill="${cream}"/><path d="${stripes}" fill="${red}"/>`;
    let roof = '';
    for (let index = -4; index < 4; index += 2) roof += `M${decimal(tentX)} ${decimal(tentBase - 260)}L${decimal(tentX + index * 34)} ${decimal(tentBase - 115)}h34Z`;
    back += `<path d="M${decimal(tentX)} ${decimal(tentBase - 260)}L${decimal(tentX - 140)} ${decimal(tentBase - 115)}H${decimal(tentX + 140)}Z" fill="${cream}"/><path d="${roof}" fill="${red}"/>` +
      `<path d="M${decimal(tentX)} ${decimal(tentBase - 260)}v-40" stroke="${paint.colour('#5a606b')}" stroke-width="5"/>` +
      `<path d="M${decimal(tentX)} ${decimal(tentBase - 300)}l36 10l-36 10Z" fill="${paint.colour('#f2c230')}"/>` +
      `<path d="M${decimal(tentX - 24)} ${decimal(tentBase)}v-70a24 24 0 0 1 48 0v70Z" fill="${paint.colour('#3b2a2a')}"/>`;
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 6, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#9cbf6a')}"/>`;
    back += `<path d="M-20 ${decimal(height)}Q${decimal(width / 2)} ${decimal(groundTopY + 20)} ${decimal(width + 20)} ${decimal(height)}Z" fill="${paint.colour('#d9b98a')}" opacity="0.7"/>`;
    return { back, front: bunting(context, height * 0.08) + bunting(context, height * 0.18) };
  },
};

function ferrisWheel(context: DrawContext, x: number, baseY: number, radius: number): string {
  const { paint } = context;
  const centreY = baseY - radius - 30;
  const steel = paint.colour('#c9d2de');
  let spokes = '';
  let cars = '';
  let bulbs = '';
  for (let index = 0; index < 12; index += 1) {
    const angle = (index / 12) * Math.PI * 2;
    const rimX = x + Math.cos(angle) * radius;
    const rimY = centreY + Math.sin(angle) * radius;
    spokes += `M${decimal(x)} ${decimal(centreY)}L${decimal(rimX)} ${decimal(rimY)}`;
    cars += `<rect x="${decimal(rimX - 14)}" y="${decimal(rimY)}" width="28" height="22" rx="6" fill="${paint.colour(paint.accents[index % paint.accents.length])}"/>`;
    bulbs += `<circle cx="${decimal(rimX)}" cy="${decimal(rimY)}" r="5"/>`;
  }
  let markup = `<path d="M${decimal(x - radius * 0.5)} ${decimal(baseY)}L${decimal(x)} ${decimal(centreY)}L${decimal(x + radius * 0.5)} ${decimal(baseY)}" stroke="${steel}" stroke-width="12" fill="none"/>`;
  markup += `<circle cx="${decimal(x)}" cy="${decimal(centreY)}" r="${decimal(radius)}" fill="none" stroke="${steel}" stroke-width="8"/><path d="${spokes}" stroke="${steel}" stroke-width="4"/>`;
  markup += cars;
  if (paint.isDark) markup += `<g fill="${paint.glow('#fff1a8')}">${bulbs}</g>`;
  return markup;
}

/** A sagging string of triangular flags across the whole picture. */
function bunting(context: DrawContext, y: number): string {
  const { paint, width } = context;
  const sag = 50;
  let flags = '';
  for (let index = 0, x = 10; x < width; index += 1, x += 50) {
    const t = x / width;
    const lineY = y + Math.sin(t * Math.PI) * sag;
    flags += `<path d="M${decimal(x)} ${decimal(lineY)}h34l-17 30Z" fill="${paint.colour(paint.accents[index % paint.accents.length])}"/>`;
  }
  return `<path d="M0 ${decimal(y)}Q${decimal(width / 2)} ${decimal(y + sag * 2)} ${decimal(width)} ${decimal(y)}" stroke="${paint.colour('#5a606b')}" stroke-width="3" fill="none"/>${flags}`;
}
