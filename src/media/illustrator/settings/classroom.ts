import { placed } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';
import { windowOnTheSky } from './window-on-the-sky.ts';

/** A classroom: a green chalkboard with sums and letters, a tall window, a clock, rows of desks on a tiled floor. */
export const classroom: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY, scene } = context;
    const random = context.random('classroom');
    let back = `<rect width="${decimal(width)}" height="${decimal(groundTopY + 5)}" fill="${paint.colour('#e8e2c8')}"/>`;
    back += `<rect y="${decimal(groundTopY - 120)}" width="${decimal(width)}" height="125" fill="${paint.colour('#b9cfa8')}"/>`;
    const main = scene.subjects[0];
    const away = main.x < 0.5 ? 1 : -1;
    const boardX = width / 2 - away * width * 0.08;
    const boardWidth = width * 0.42;
    const boardTop = height * 0.14;
    back += `<rect x="${decimal(boardX - boardWidth / 2 - 12)}" y="${decimal(boardTop - 12)}" width="${decimal(boardWidth + 24)}" height="${decimal(height * 0.34 + 24)}" rx="6" fill="${paint.colour('#9a6a3c')}"/>` +
      `<rect x="${decimal(boardX - boardWidth / 2)}" y="${decimal(boardTop)}" width="${decimal(boardWidth)}" height="${decimal(height * 0.34)}" fill="${paint.colour('#2f5a45')}"/>`;
    back += chalk(context, boardX - boardWidth / 2 + 40, boardTop + 40, boardWidth - 80);
    back += windowOnTheSky(context, width / 2 + away * width * 0.36, height * 0.12, width * 0.14, height * 0.38);
    back += `<circle cx="${decimal(boardX + boardWidth / 2 + 70)}" cy="${decimal(height * 0.1)}" r="34" fill="${paint.colour('#ffffff')}" stroke="${paint.colour('#333a44')}" stroke-width="6"/>` +
      `<path d="M${decimal(boardX + boardWidth / 2 + 70)} ${decimal(height * 0.1)}v-22M${decimal(boardX + boardWidth / 2 + 70)} ${decimal(height * 0.1)}h16" stroke="${paint.colour('#333a44')}" stroke-width="5" stroke-linecap="round"/>`;
    const tiles = defs.add('tiles', (id) => `<pattern id="${id}" width="80" height="80" patternUnits="userSpaceOnUse">` +
      `<rect width="80" height="80" fill="${paint.colour('#b8c4d0')}"/><rect width="40" height="40" fill="${paint.colour('#a3b1bf')}"/><rect x="40" y="40" width="40" height="40" fill="${paint.colour('#a3b1bf')}"/></pattern>`);
    back += `<rect y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${tiles}"/>`;
    back += `<rect y="${decimal(groundTopY - 8)}" width="${decimal(width)}" height="12" fill="${paint.colour('#7a8a6a')}"/>`;
    const desk = paint.colour(random.pick(['#c99a5e', '#d6a86a']));
    const chair = paint.colour(paint.accents[0], 0.7);
    for (let x = width * 0.08; x < width; x += width * 0.28) {
      if (Math.abs(x - main.x * width) < width * 0.1) continue;
      back += placed(x, groundTopY + 80, height * 0.2, `<rect x="-40" y="-40" width="22" height="40" fill="${chair}"/><rect x="-60" y="-70" width="120" height="12" rx="3" fill="${desk}"/>` +
        `<path d="M-52 -58V0M52 -58V0" stroke="${desk}" stroke-width="8"/>`);
    }
    return { back, front: '' };
  },
};

/** White chalk on the board: the letters A B C, a sum and a little sun, in the board's own units. */
function chalk(context: DrawContext, left: number, top: number, width: number): string {
  const letters = 'M0 40l20 -40l20 40M8 24h24M60 0v40h18q14 -10 0 -20q14 -10 0 -20ZM140 4q-30 -8 -30 16q0 24 30 16' +
    'M0 100h30M15 85v30M50 92h26M50 106h26M110 86l10 -6v34';
  const sun = 'M-26 0a26 26 0 1 0 52 0a26 26 0 1 0 -52 0M0 -36v-14M0 36v14M-36 0h-14M36 0h14';
  const stroke = `stroke="${context.paint.colour('#f4f4ee')}" stroke-width="5" fill="none" stroke-linecap="round" opacity="0.85"`;
  return `<path d="${letters}" ${stroke} transform="translate(${decimal(left)} ${decimal(top)})"/>` +
    `<path d="${sun}" ${stroke} transform="translate(${decimal(left + width * 0.75)} ${decimal(top + 60)})"/>`;
}
