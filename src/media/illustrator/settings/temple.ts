import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** Ancient ruins: a stepped stone temple in the hills, a row of columns (some broken, one fallen), vines, and paving stones. */
export const temple: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('temple');
    const far = ridge(context, random, { baseY: horizonY + 20, amplitude: 40, bumps: 2, smoothness: 1 });
    let back = `<path d="${far.path}" fill="${paint.haze('#6f9a6a', 0.5)}"/>`;
    const main = scene.subjects[0];
    const pyramidX = width * (main.x < 0.5 ? 0.7 : 0.3);
    const stone = '#cbb48a';
    for (let step = 0; step < 5; step += 1) {
      const half = 260 - step * 44;
      const y = horizonY + 60 - step * 48;
      back += `<rect x="${decimal(pyramidX - half)}" y="${decimal(y - 48)}" width="${decimal(half * 2)}" height="50" fill="${paint.haze(step % 2 ? stone : '#bca279', 0.3)}"/>`;
    }
    back += `<rect x="${decimal(pyramidX - 40)}" y="${decimal(horizonY + 60 - 5 * 48 - 60)}" width="80" height="62" fill="${paint.haze('#b09670', 0.3)}"/>` +
      `<rect x="${decimal(pyramidX - 16)}" y="${decimal(horizonY + 60 - 5 * 48 - 40)}" width="32" height="42" fill="${paint.haze('#3b3328', 0.3)}"/>` +
      `<path d="M${decimal(pyramidX - 30)} ${decimal(horizonY + 60)}V${decimal(horizonY + 60 - 5 * 48)}h60V${decimal(horizonY + 60)}" fill="${paint.haze('#a88e68', 0.3)}"/>`;
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 6, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#8aa85a')}"/>`;
    for (let index = 0, x = width * 0.06; x < width; index += 1, x += width * 0.16) {
      if (Math.abs(x - main.x * width) < width * 0.07) continue;
      back += column(context, x, groundTopY + 20, index % 3 === 1 ? random.between(0.35, 0.6) : 1);
    }
    const fallenX = main.x < 0.5 ? width * 0.62 : width * 0.12;
    back += `<rect x="${decimal(fallenX)}" y="${decimal(groundTopY + 70)}" width="240" height="44" rx="6" fill="${paint.colour(stone)}"/>` +
      `<path d="M${decimal(fallenX + 60)} ${decimal(groundTopY + 70)}v44M${decimal(fallenX + 120)} ${decimal(groundTopY + 70)}v44M${decimal(fallenX + 180)} ${decimal(groundTopY + 70)}v44" stroke="${paint.colour('#a88e68')}" stroke-width="4"/>`;
    return { back, front: '' };
  },
};

/** A fluted stone column, `whole` of its full height (a broken one ends in a jagged top), with a vine wound round it. */
function column(context: DrawContext, x: number, baseY: number, whole: number): string {
  const { paint, height } = context;
  const tall = height * 0.5 * whole;
  const top = baseY - tall;
  const stone = paint.colour('#d8c49a');
  let markup = `<rect x="${decimal(x - 34)}" y="${decimal(top)}" width="68" height="${decimal(tall)}" fill="${stone}"/>`;
  markup += `<path d="M${decimal(x - 12)} ${decimal(top)}V${decimal(baseY)}M${decimal(x + 12)} ${decimal(top)}V${decimal(baseY)}" stroke="${paint.colour('#b8a47a')}" stroke-width="5"/>`;
  markup += `<rect x="${decimal(x - 46)}" y="${decimal(baseY - 20)}" width="92" height="20" fill="${stone}"/>`;
  if (whole >= 1) markup += `<rect x="${decimal(x - 50)}" y="${decimal(top - 22)}" width="100" height="24" fill="${stone}"/>`;
  else markup += `<path d="M${decimal(x - 35)} ${decimal(top)}l15 -20l14 14l18 -22l22 28Z" fill="${stone}"/>`;
  let vine = `M${decimal(x - 34)} ${decimal(baseY)}`;
  for (let y = baseY; y > top + 30; y -= 60) vine += `Q${decimal(x + 50)} ${decimal(y - 30)} ${decimal(x - 34)} ${decimal(y - 60)}`;
  return markup + `<path d="${vine}" stroke="${paint.colour('#3f8a3a')}" stroke-width="7" fill="none"/>`;
}
