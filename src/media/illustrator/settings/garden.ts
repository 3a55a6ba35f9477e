import { ridge } from '../backdrop/ridge.ts';
import { flower, placed, roundTree } from '../backdrop/scenery.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A back garden: a tree and hedge beyond a white picket fence, a lawn, and beds of tulips either side. */
export const garden: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('garden');
    const far = ridge(context, random, { baseY: horizonY + 40, amplitude: 25, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#8dbb78', 0.5)}"/>`;
    const treeX = random.between(0.1, 0.9) * width;
    back += roundTree(treeX, groundTopY - 20, height * 0.45, paint.haze('#7a5236', 0.2), paint.haze('#4f8f3f', 0.2), paint.haze('#8cc56a', 0.2), random);
    const hedgeTop = groundTopY - 70;
    const bushes: Array<[number, number, number]> = [];
    for (let x = -30; x < width + 60; x += 55) bushes.push([x, hedgeTop + random.between(0, 14), random.between(38, 50)]);
    back += `<path d="${circlesPath(bushes)}M-40 ${decimal(hedgeTop)}v${decimal(groundTopY - hedgeTop + 30)}h${decimal(width + 80)}v${decimal(hedgeTop - groundTopY - 30)}Z" ` +
      `fill="${paint.haze('#3f7a3f', 0.15)}"/>`;
    const fence = paint.colour('#f7f3ea');
    const fenceShadow = paint.colour('#d8cfc0');
    let pickets = '';
    for (let x = 10; x < width; x += 46) pickets += `M${decimal(x)} ${decimal(groundTopY + 10)}v-62l13 -14l13 14v62Z`;
    back += `<path d="M0 ${decimal(groundTopY - 30)}h${decimal(width)}v12h${decimal(-width)}ZM0 ${decimal(groundTopY - 5)}h${decimal(width)}v12h${decimal(-width)}Z" ` +
      `fill="${fenceShadow}"/>` +
      `<path d="${pickets}" fill="${fence}" stroke="${fenceShadow}" stroke-width="2"/>`;
    const ground = ridge(context, random, { baseY: groundTopY + 10, amplitude: 6, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#7cc35e')}"/>`;
    // Stepping stones leading into the picture.
    const stone = paint.colour('#cfc8bb');
    for (let step = 0; step < 4; step += 1) {
      const y = height - 30 - step * 42;
      back += `<ellipse cx="${decimal(width * 0.5 + (step % 2 === 0 ? -30 : 30))}" cy="${decimal(y)}" rx="${decimal(44 - step * 7)}" ` +
        `ry="${decimal(15 - step * 2)}" fill="${stone}"/>`;
    }
    if (scene.weather !== 'snow') {
      const stem = paint.colour('#3e7a35');
      for (const side of [0.08, 0.92]) {
        for (let index = 0; index < 6; index += 1) {
          const x = width * side + random.between(-90, 90);
          const y = random.between(groundTopY + 60, height - 10);
          back += tulip(x, y, random.between(40, 60), paint.colour(random.pick(paint.accents), 0.6), stem);
        }
      }
      for (let index = 0; index < Math.round(width / 120); index += 1) {
        const x = random.between(0, width);
        back += flower(x, random.between(groundTopY + 30, height), 16, paint.colour('#ffffff', 0.6), paint.colour('#ffd23f'), stem);
      }
    }
    return { back, front: '' };
  },
};

/** A tulip, `size` units tall: a cup of three points on a stem with one leaf. */
function tulip(x: number, baseY: number, size: number, petal: string, stem: string): string {
  const markup =
    `<path d="M0 0V-100" stroke="${stem}" stroke-width="7"/><path d="M0 -30q25 -20 20 -45q-15 15 -20 45Z" fill="${stem}"/>` +
    `<path d="M-17 -124l8.5 10l8.5 -12l8.5 12l8.5 -10v14a17 17 0 0 1 -34 0Z" fill="${petal}"/>`;
  return placed(x, baseY, size, markup);
}
