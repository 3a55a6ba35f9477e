import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';
import { windowOnTheSky } from './window-on-the-sky.ts';

/** A kitchen: tiled splashback, a window over the worktop, cupboards, an oven with a hob, hanging pans and a chequered floor. */
export const kitchen: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY, scene } = context;
    const random = context.random('kitchen');
    const counterTop = groundTopY - 150;
    let back = `<rect width="${decimal(width)}" height="${decimal(groundTopY)}" fill="${paint.colour(random.pick(['#f5e6b8', '#dcefe6', '#f4dccd']))}"/>`;
    const tile = defs.add('splashback', (id) => `<pattern id="${id}" width="50" height="50" patternUnits="userSpaceOnUse">` +
      `<rect width="50" height="50" fill="${paint.colour('#f7f7f2')}"/><path d="M0 0H50V50" fill="none" stroke="${paint.colour('#c9d3d6')}" stroke-width="4"/></pattern>`);
    back += `<rect y="${decimal(counterTop - 160)}" width="${decimal(width)}" height="160" fill="${tile}"/>`;
    const main = scene.subjects[0];
    const away = main.x < 0.5 ? 1 : -1;
    back += windowOnTheSky(context, width / 2 + away * width * 0.1, height * 0.08, width * 0.18, height * 0.26);
    // Wall cupboards along the top.
    const door = paint.colour(paint.accents[1] ?? paint.accents[0], 0.7);
    let upper = '';
    for (let x = 0; x < width; x += 140) {
      if (Math.abs(x + 65 - (width / 2 + away * width * 0.1)) < width * 0.14) continue;
      upper += `<rect x="${decimal(x + 6)}" y="20" width="128" height="${decimal(height * 0.2)}" rx="6"/>`;
    }
    back += `<g fill="${door}">${upper}</g>`;
    // Worktop and base cupboards, with the oven on the side away from the main subject.
    back += `<rect y="${decimal(counterTop)}" width="${decimal(width)}" height="${decimal(groundTopY - counterTop)}" fill="${door}"/>`;
    let knobs = '';
    for (let x = 70; x < width; x += 140) knobs += `<circle cx="${decimal(x)}" cy="${decimal(counterTop + 40)}" r="7"/><path d="M${decimal(x - 65)} ${decimal(counterTop + 20)}v${decimal(groundTopY - counterTop - 30)}" stroke-width="4" stroke="${paint.colour('#00000022')}"/>`;
    back += `<g fill="${paint.colour('#e8e2d6')}">${knobs}</g>`;
    back += `<rect x="-10" y="${decimal(counterTop - 18)}" width="${decimal(width + 20)}" height="22" fill="${paint.colour('#8a6a4a')}"/>`;
    const ovenX = width / 2 + away * width * 0.33;
    back += oven(context, ovenX, counterTop, groundTopY);
    back += pans(context, width / 2 - away * width * 0.3, counterTop - 170);
    const checks = defs.add('checks', (id) => `<pattern id="${id}" width="100" height="100" patternUnits="userSpaceOnUse">` +
      `<rect width="100" height="100" fill="${paint.colour('#f2efe8')}"/><rect width="50" height="50" fill="${paint.colour('#3b4150')}"/><rect x="50" y="50" width="50" height="50" fill="${paint.colour('#3b4150')}"/></pattern>`);
    back += `<rect y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${checks}"/>`;
    return { back, front: '' };
  },
};

function oven(context: DrawContext, x: number, top: number, bottom: number): string {
  const { paint } = context;
  const steel = paint.colour('#c3c8cf');
  const glass = paint.isDark ? paint.glow('#ff9a3c') : paint.colour('#2b2f38');
  return `<rect x="${decimal(x - 90)}" y="${decimal(top - 18)}" width="180" height="${decimal(bottom - top + 18)}" fill="${steel}"/>` +
    `<rect x="${decimal(x - 70)}" y="${decimal(top + 40)}" width="140" height="${decimal(bottom - top - 60)}" rx="8" fill="${glass}"/>` +
    `<path d="M${decimal(x - 60)} ${decimal(top + 26)}h120" stroke="${paint.colour('#5a606b')}" stroke-width="8" stroke-linecap="round"/>` +
    `<g fill="none" stroke="${paint.colour('#3b4150')}" stroke-width="6"><ellipse cx="${decimal(x - 40)}" cy="${decimal(top - 22)}" rx="30" ry="7"/>` +
    `<ellipse cx="${decimal(x + 40)}" cy="${decimal(top - 22)}" rx="30" ry="7"/></g>`;
}

/** Pans and a ladle hanging from a rail on the wall. */
function pans(context: DrawContext, x: number, y: number): string {
  const { paint } = context;
  const metal = paint.colour('#b0763f');
  let markup = `<path d="M${decimal(x - 130)} ${decimal(y)}h260" stroke="${paint.colour('#5a606b')}" stroke-width="8" stroke-linecap="round"/>`;
  for (const [offset, size] of [[-90, 34], [0, 44], [90, 28]] as const) {
    const cx = x + offset;
    markup += `<path d="M${decimal(cx)} ${decimal(y)}v${decimal(60 - size)}" stroke="${metal}" stroke-width="8"/>` +
      `<circle cx="${decimal(cx)}" cy="${decimal(y + 60)}" r="${size}" fill="${metal}"/><circle cx="${decimal(cx - size * 0.3)}" cy="${decimal(y + 60 - size * 0.3)}" r="${decimal(size * 0.3)}" fill="#ffffff" opacity="0.25"/>`;
  }
  return markup;
}
