import { ridge } from '../backdrop/ridge.ts';
import { cactus } from '../backdrop/scenery.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** Flat-topped mesas in the haze, rolling dunes, cacti and pebbles on warm sand. */
export const desert: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('desert');
    const mesa = paint.haze('#c9744f', 0.5);
    let back = '';
    for (let index = 0; index < 3; index += 1) {
      const x = random.between(0, width);
      const top = horizonY - random.between(60, 150);
      const half = random.between(80, 200);
      back += `<path d="M${decimal(x - half - 40)} ${decimal(horizonY + 20)}L${decimal(x - half)} ${decimal(top + 10)}Q${decimal(x - half)} ${decimal(top)} ${decimal(x - half + 12)} ${decimal(top)}L${decimal(x + half - 12)} ${decimal(top)}Q${decimal(x + half)} ${decimal(top)} ${decimal(x + half)} ${decimal(top + 10)}L${decimal(x + half + 40)} ${decimal(horizonY + 20)}Z" ` +
        `fill="${mesa}"/>`;
    }
    const far = ridge(context, random, { baseY: horizonY + 20, amplitude: 25, bumps: 2, smoothness: 1 });
    back += `<path d="${far.path}" fill="${paint.haze('#e2a56a', 0.45)}"/>`;
    const middle = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 20, amplitude: 35, bumps: 2, smoothness: 1 });
    back += `<path d="${middle.path}" fill="${paint.haze('#e8b275', 0.22)}"/>`;
    const green = paint.haze('#5e9a58', 0.2);
    for (let index = 0; index < 2; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      back += cactus(x, middle.heightAt(x) + 15, random.between(70, 110), green, random);
    }
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 20, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#f0c987', false)}"/>`;
    // Ripples the wind leaves in the sand.
    let ripples = '';
    for (let index = 0; index < 8; index += 1) {
      const x = random.between(0, width);
      const y = random.between(groundTopY + 40, height);
      ripples += `M${decimal(x - 40)} ${decimal(y)}q40 -10 80 0`;
    }
    back += `<path d="${ripples}" stroke="${paint.colour('#d9a968')}" stroke-width="3" fill="none" stroke-linecap="round"/>`;
    const main = scene.subjects[0];
    const cactusX = main.x < 0.5 ? width * random.between(0.82, 0.94) : width * random.between(0.06, 0.18);
    back += cactus(cactusX, height * 0.97, height * 0.4, paint.colour('#4f9a4f'), random);
    return { back, front: '' };
  },
};
