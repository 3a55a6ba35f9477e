import { ridge } from '../backdrop/ridge.ts';
import { pineTree } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** A still lake: hills and pines on the far shore mirrored in the water, ripples, a wooden jetty and reeds on the near bank. */
export const lake: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('lake');
    const shoreY = horizonY + 40;
    const hills = ridge(context, random, { baseY: horizonY - 10, amplitude: 45, bumps: 2 });
    const hillColour = paint.haze('#5f8f7a', 0.5);
    let trees = '';
    for (let x = random.between(0, 40); x < width; x += random.between(30, 60)) trees += pineTree(x, shoreY + 4, random.between(40, 80), paint.haze('#3f6f55', 0.4));
    const water = defs.linear([[0, paint.colour('#7fb8d6', 0.5)], [1, paint.colour('#3d7fa8', 0.6)]]);
    let back = `<path d="${hills.path}" fill="${hillColour}"/>${trees}`;
    back += `<rect x="0" y="${decimal(shoreY)}" width="${decimal(width)}" height="${decimal(height - shoreY)}" fill="${water}"/>`;
    // The far shore upside down in the water: a still lake is a mirror.
    back += `<g transform="translate(0 ${decimal(shoreY * 2)}) scale(1 -1)" opacity="0.35"><path d="${hills.path}" fill="${hillColour}"/>${trees}</g>`;
    back += `<rect x="0" y="${decimal(shoreY)}" width="${decimal(width)}" height="6" fill="${paint.haze('#3f6f55', 0.4)}"/>`;
    back += fogBetween(context, shoreY);
    back += ripples(context, shoreY + 20, groundTopY);
    const main = scene.subjects[0];
    const jettyX = main.x < 0.5 ? width * 0.72 : width * 0.12;
    back += jetty(context, jettyX, groundTopY + 20, width * 0.2);
    const bank = ridge(context, random, { baseY: groundTopY + 15, amplitude: 10, bumps: 2, smoothness: 1 });
    back += `<path d="${bank.path}" fill="${groundFill(context, '#6aa84f')}"/>`;
    let reeds = '';
    for (let x = random.between(0, 40); x < width; x += random.between(22, 60)) {
      if (Math.abs(x - main.x * width) < width * 0.12) continue;
      const tall = random.between(60, 120);
      const base = bank.heightAt(x) + 12;
      reeds += `<path d="M${decimal(x)} ${decimal(base)}q${decimal(random.between(-10, 10))} ${decimal(-tall / 2)} 0 ${decimal(-tall)}" stroke="${paint.colour('#4f7f3a')}" stroke-width="4" fill="none"/>` +
        `<rect x="${decimal(x - 4)}" y="${decimal(base - tall - 4)}" width="8" height="26" rx="4" fill="${paint.colour('#7a4f2f')}"/>`;
    }
    return { back, front: reeds };
  },
};

function ripples(context: DrawContext, top: number, bottom: number): string {
  const random = context.random('ripples');
  let path = '';
  for (let index = 0; index < 14; index += 1) {
    const y = random.between(top, bottom);
    const length = 20 + ((y - top) / Math.max(1, bottom - top)) * 60;
    const x = random.between(0, context.width);
    path += `M${decimal(x)} ${decimal(y)}h${decimal(length)}`;
  }
  return `<path d="${path}" stroke="${context.paint.glow('#eaf6ff')}" stroke-width="3" stroke-linecap="round" opacity="0.55"/>`;
}

/** A plank jetty reaching from the near bank out into the lake, on posts. */
function jetty(context: DrawContext, x: number, y: number, length: number): string {
  const { paint } = context;
  const wood = paint.colour('#a0703f');
  let posts = '';
  for (let step = 0; step <= 3; step += 1) posts += `M${decimal(x + (length * step) / 3)} ${decimal(y - 40)}v60`;
  return `<path d="${posts}" stroke="${paint.colour('#6b4a2f')}" stroke-width="10"/>` +
    `<path d="M${decimal(x - 10)} ${decimal(y - 40)}h${decimal(length + 20)}l-24 -30h${decimal(-length + 28)}Z" fill="${wood}"/>`;
}
