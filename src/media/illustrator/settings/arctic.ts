import { placed } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** The Arctic: a dark icy sea with jagged icebergs floating on it, a flat ice floe in front with cracks and an igloo. */
export const arctic: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('arctic');
    let back = `<rect y="${decimal(horizonY)}" width="${decimal(width)}" height="${decimal(height - horizonY)}" fill="${defs.linear([[0, paint.haze('#2f6a8f', 0.3)], [1, paint.colour('#1d4a6a', 0.6)]])}"/>`;
    for (let index = 0; index < 4; index += 1) {
      const x = random.between(0, width);
      const size = random.between(60, 160) * (index < 2 ? 0.6 : 1);
      back += iceberg(context, x, horizonY + (index < 2 ? 8 : random.between(40, 80)), size, index < 2 ? 0.45 : 0.15);
    }
    // The floe: a flat white shelf with a blue edge where it meets the water.
    const edge = groundTopY - 30;
    let shelf = `M-20 ${decimal(edge)}`;
    for (let x = 0; x < width + 60; x += 60) shelf += `L${decimal(x)} ${decimal(edge + random.between(-10, 10))}`;
    shelf += `L${decimal(width + 20)} ${decimal(height + 10)}L-20 ${decimal(height + 10)}Z`;
    back += `<path d="${shelf}" fill="${paint.colour('#9fd0ea')}" transform="translate(0 18)"/>`;
    back += `<path d="${shelf}" fill="${defs.linear([[0, paint.colour('#ffffff')], [1, paint.colour('#d6e6f2')]])}"/>`;
    let cracks = '';
    for (let index = 0; index < 4; index += 1) {
      let x = random.between(0, width);
      let y = random.between(edge + 40, height - 20);
      cracks += `M${decimal(x)} ${decimal(y)}`;
      for (let step = 0; step < 3; step += 1) cracks += `L${decimal((x += random.between(30, 60)))} ${decimal((y += random.between(-12, 12)))}`;
    }
    back += `<path d="${cracks}" stroke="${paint.colour('#9fc4de')}" stroke-width="3" fill="none"/>`;
    const main = scene.subjects[0];
    back += igloo(context, main.x < 0.5 ? width * 0.8 : width * 0.18, edge + 70, height * 0.2);
    return { back, front: '' };
  },
};

/** A jagged iceberg, its lit face white and its shaded face blue, a darker underwater part below the line. */
function iceberg(context: DrawContext, x: number, waterY: number, size: number, depth: number): string {
  const { paint } = context;
  const random = context.random(`berg-${Math.round(x)}`);
  const peak = random.between(-0.2, 0.2) * size;
  const lit = `M${decimal(x - size)} ${decimal(waterY)}L${decimal(x - size * 0.5)} ${decimal(waterY - size * 0.5)}L${decimal(x + peak)} ${decimal(waterY - size)}L${decimal(x + peak)} ${decimal(waterY)}Z`;
  const shaded = `M${decimal(x + peak)} ${decimal(waterY - size)}L${decimal(x + size * 0.6)} ${decimal(waterY - size * 0.45)}L${decimal(x + size)} ${decimal(waterY)}L${decimal(x + peak)} ${decimal(waterY)}Z`;
  return `<path d="${lit}" fill="${paint.haze('#ffffff', depth)}"/><path d="${shaded}" fill="${paint.haze('#b5d8ee', depth)}"/>` +
    `<path d="M${decimal(x - size * 0.8)} ${decimal(waterY)}h${decimal(size * 1.6)}l${decimal(-size * 0.3)} ${decimal(size * 0.25)}h${decimal(-size)}Z" fill="${paint.haze('#5f9fc4', depth)}" opacity="0.6"/>`;
}

function igloo(context: DrawContext, x: number, baseY: number, size: number): string {
  const { paint } = context;
  const markup = `<path d="M-70 0A70 70 0 0 1 70 0Z" fill="${paint.colour('#f4f9fd')}"/>` +
    `<path d="M-68 -20H68M-58 -40H58M-40 -58H40M-35 0V-20M15 0V-20M-10 -20V-40M40 -20V-40M-30 -40V-58M20 -40V-58" stroke="${paint.colour('#b8d2e6')}" stroke-width="3"/>` +
    `<path d="M40 0V-26A24 24 0 0 1 88 -26V0Z" fill="${paint.colour('#e6f0f8')}"/><path d="M52 0V-20A12 12 0 0 1 76 -20V0Z" fill="${paint.colour('#2f4a6a')}"/>`;
  return placed(x, baseY, size, markup);
}
