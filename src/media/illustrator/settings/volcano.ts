import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A dark cone with a glowing crater, lava running down its flanks, a plume of smoke, and black rock glowing in its cracks. */
export const volcano: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('volcano');
    const main = scene.subjects[0];
    // The cone stands across from the main subject so the eruption is never hidden behind it.
    const peakX = width * (main.x < 0.5 ? random.between(0.58, 0.7) : random.between(0.3, 0.42));
    const peakY = height * random.between(0.2, 0.28);
    const lava = paint.glow('#ff6a1f');
    const smoke: Array<[number, number, number]> = [];
    for (let index = 0; index < 7; index += 1) smoke.push([peakX + index * 22 + random.between(-20, 20), peakY - 30 - index * 38, 34 + index * 9]);
    let back = `<path d="${circlesPath(smoke)}" fill="${paint.colour('#6b6570')}" opacity="0.85"/>`;
    const craterHalf = width * 0.05;
    const cone = `M${decimal(peakX - width * 0.45)} ${decimal(horizonY + 60)}Q${decimal(peakX - width * 0.12)} ${decimal(horizonY)} ${decimal(peakX - craterHalf)} ${decimal(peakY)}` +
      `H${decimal(peakX + craterHalf)}Q${decimal(peakX + width * 0.12)} ${decimal(horizonY)} ${decimal(peakX + width * 0.45)} ${decimal(horizonY + 60)}Z`;
    back += `<path d="${cone}" fill="${defs.linear([[0, paint.colour('#4a3a3e')], [1, paint.colour('#2e2428')]])}"/>`;
    back += `<ellipse cx="${decimal(peakX)}" cy="${decimal(peakY)}" rx="${decimal(craterHalf * 1.5)}" ry="40" fill="${defs.radial([[0, lava, 0.9], [1, lava, 0]])}"/>`;
    let streams = '';
    for (const side of [-1, 1, random.pick([-1, 1])]) {
      let x = peakX + side * craterHalf * random.between(0.2, 0.8);
      streams += `M${decimal(x)} ${decimal(peakY)}`;
      for (let y = peakY; y < horizonY + 20; y += 50) {
        x += side * random.between(10, 35);
        streams += `L${decimal(x)} ${decimal(y + 50)}`;
      }
    }
    back += `<path d="${streams}" stroke="${lava}" stroke-width="14" fill="none" stroke-linejoin="round" stroke-linecap="round"/>` +
      `<path d="${streams}" stroke="${paint.glow('#ffd23f')}" stroke-width="4" fill="none" stroke-linejoin="round"/>`;
    const plain = ridge(context, random, { baseY: horizonY + 40, amplitude: 15, bumps: 4, smoothness: 0.4 });
    back += `<path d="${plain.path}" fill="${paint.haze('#5a4a4c', 0.45)}"/>`;
    const middle = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 30, amplitude: 25, bumps: 3, smoothness: 0.3 });
    back += `<path d="${middle.path}" fill="${paint.haze('#3a3034', 0.2)}"/>`;
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 12, bumps: 2, smoothness: 0.5 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#463c3c', false)}"/>`;
    back += cracks(context, groundTopY + 30, lava);
    return { back, front: '' };
  },
};

/** Zigzag cracks in the near rock with lava glowing inside. */
function cracks(context: DrawContext, top: number, colour: string): string {
  const random = context.random('cracks');
  let path = '';
  for (let index = 0; index < 5; index += 1) {
    let x = random.between(0, context.width);
    let y = random.between(top, context.height - 30);
    path += `M${decimal(x)} ${decimal(y)}`;
    for (let step = 0; step < 4; step += 1) {
      x += random.between(20, 50);
      y += random.between(-14, 14);
      path += `L${decimal(x)} ${decimal(y)}`;
    }
  }
  return `<path d="${path}" stroke="${colour}" stroke-width="5" fill="none" stroke-linejoin="round" opacity="0.9"/>`;
}
