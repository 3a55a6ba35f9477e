import { ridge } from '../backdrop/ridge.ts';
import { cottage, pineTree, placed } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** Snowy hills, a row of cottages with glowing windows and smoking chimneys, pines, and a snowman. */
export const snowyVillage: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('village');
    const snow = paint.colour('#f4f8fc');
    const far = ridge(context, random, { baseY: horizonY + 10, amplitude: 35, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#dfe8f3', 0.55)}"/>`;
    for (let x = random.between(0, 50); x < width; x += random.between(40, 90)) back += pineTree(x, far.heightAt(x) + 12, random.between(50, 90), paint.haze('#3f6b5c', 0.5), paint.haze('#ffffff', 0.45));
    back += fogBetween(context, horizonY + 40);
    const hill = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 10, amplitude: 20, bumps: 2, smoothness: 1 });
    back += `<path d="${hill.path}" fill="${paint.haze('#e9f0f8', 0.2)}"/>`;
    const window = paint.isDark ? paint.glow('#ffd66b') : paint.colour('#bfe3ff');
    const walls = ['#d9826a', '#e8c27a', '#8fb3d9', '#c79ad6'];
    for (let x = random.between(40, 120); x < width - 40; x += random.between(150, 240)) {
      const size = random.between(70, 100);
      const y = hill.heightAt(x) + 24;
      back += smoke(context, x + size * 0.42, y - size * 1.15);
      back += cottage(x, y, size, paint.haze(random.pick(walls), 0.15), paint.haze('#7a4a3a', 0.15), window, snow);
    }
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 14, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#eef3f8', true)}"/>`;
    const main = scene.subjects[0];
    const snowmanX = main.x < 0.5 ? width * random.between(0.8, 0.9) : width * random.between(0.1, 0.2);
    back += snowman(context, snowmanX, ground.heightAt(snowmanX) + 80, 150);
    back += pineTree(main.x < 0.5 ? width - 20 : 20, height + 30, height * 0.7, paint.colour('#2d5a47'), snow);
    return { back, front: '' };
  },
};

function smoke(context: DrawContext, x: number, y: number): string {
  const puffs = '<circle r="7"/><circle cx="8" cy="-14" r="9"/><circle cx="4" cy="-32" r="11"/>';
  return `<g transform="translate(${decimal(x)} ${decimal(y)})" fill="${context.paint.colour('#e8ecf2')}" opacity="0.6">${puffs}</g>`;
}

/** Three snowballs, coal eyes, a carrot nose and a scarf in the palette's accent; 100 units tall. */
function snowman(context: DrawContext, x: number, baseY: number, height: number): string {
  const { paint } = context;
  const snow = `fill="${paint.colour('#fbfdff', 0.7)}" stroke="${paint.colour('#b9c7d8', 0.7)}" stroke-width="2"`;
  let markup = `<circle cy="-22" r="24" ${snow}/><circle cy="-58" r="18" ${snow}/><circle cy="-84" r="13" ${snow}/>`;
  markup += `<g fill="${paint.colour('#2b2233', 0.5)}"><circle cx="-5" cy="-87" r="2"/><circle cx="5" cy="-87" r="2"/></g>`;
  markup += `<path d="M0 -83l14 3l-14 3Z" fill="${paint.colour('#f28c38', 0.5)}"/>`;
  markup += `<rect x="-15" y="-74" width="30" height="7" rx="3" fill="${paint.colour(paint.accents[0], 0.5)}"/>`;
  return placed(x, baseY, height, markup);
}
