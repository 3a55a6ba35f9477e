import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** A rainforest: a leafy canopy hanging over the top, vines, broad trunks, layered bushes and giant leaves at the edges. */
export const jungle: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY } = context;
    const random = context.random('jungle');
    let back = foliageRow(context, horizonY + 20, 55, paint.haze('#3f9a55', 0.55));
    back += fogBetween(context, horizonY + 50);
    const trunk = paint.colour('#7a5a3c');
    let trunks = '';
    for (let x = random.between(30, 110); x < width; x += random.between(170, 260)) {
      const half = random.between(12, 22);
      trunks += `M${decimal(x - half * 2.2)} ${decimal(groundTopY + 10)}Q${decimal(x - half)} ${decimal(groundTopY - 20)} ${decimal(x - half)} ${decimal(groundTopY - 60)}` +
        `V0H${decimal(x + half)}V${decimal(groundTopY - 60)}Q${decimal(x + half)} ${decimal(groundTopY - 20)} ${decimal(x + half * 2.2)} ${decimal(groundTopY + 10)}Z`;
    }
    back += `<path d="${trunks}" fill="${trunk}"/>`;
    back += foliageRow(context, groundTopY - 40, 70, paint.colour('#2f8a45'));
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 10, bumps: 2, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#4f7a2e')}"/>`;
    // The canopy closes overhead: the sky shows only between the leaves.
    const canopy: Array<[number, number, number]> = [];
    for (let x = -40; x < width + 80; x += random.between(60, 110)) canopy.push([x, random.between(40, 110), random.between(60, 95)]);
    back += `<path d="${circlesPath(canopy)}M-50 -10H${decimal(width + 50)}V60H-50Z" fill="${paint.colour('#1f6b35')}"/>`;
    let vines = '';
    for (let x = random.between(20, 90); x < width; x += random.between(90, 170)) {
      const length = random.between(height * 0.2, height * 0.5);
      vines += `M${decimal(x)} 60q${decimal(random.between(-30, 30))} ${decimal(length / 2)} 0 ${decimal(length)}`;
    }
    back += `<path d="${vines}" stroke="${paint.colour('#2f7d3a')}" stroke-width="6" fill="none" stroke-linecap="round"/>`;
    const leaf = paint.colour('#2c9a4a');
    const front = bigLeaf(-20, height + 20, 260, -50, leaf) + bigLeaf(width + 20, height + 20, 280, -130, leaf) + bigLeaf(width * 0.08, height + 40, 180, -80, paint.colour('#46b05a'));
    return { back, front };
  },
};

/** A row of round bushes and tree crowns standing on a line. */
function foliageRow(context: DrawContext, y: number, size: number, colour: string): string {
  const random = context.random(`foliage-${Math.round(y)}`);
  const circles: Array<[number, number, number]> = [];
  for (let x = -40; x < context.width + 60; x += size * random.between(0.8, 1.3)) circles.push([x, y - random.between(0, size * 0.8), size * random.between(0.7, 1.1)]);
  return `<path d="${circlesPath(circles)}M-40 ${decimal(y)}H${decimal(context.width + 40)}V${decimal(context.height + 10)}H-40Z" fill="${colour}"/>`;
}

/** A broad tropical leaf pointing along `angle` degrees from its stalk at (x, y), with a midrib. */
function bigLeaf(x: number, y: number, length: number, angle: number, colour: string): string {
  const half = length / 2;
  return `<g transform="translate(${decimal(x)} ${decimal(y)}) rotate(${decimal(angle)})">` +
    `<path d="M0 0Q${decimal(half)} ${decimal(-length * 0.32)} ${decimal(length)} 0Q${decimal(half)} ${decimal(length * 0.32)} 0 0Z" fill="${colour}"/>` +
    `<path d="M0 0H${decimal(length * 0.9)}" stroke="#000" stroke-opacity="0.18" stroke-width="4"/></g>`;
}
