import { ridge } from '../backdrop/ridge.ts';
import { grassTuft, roundTree } from '../backdrop/scenery.ts';
import { flowersOnTheGround, fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** Rolling hills: two hazy ranges, a few round trees, a near slope scattered with flowers. */
export const meadow: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('meadow');
    const far = ridge(context, random, { baseY: horizonY + 20, amplitude: 30, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#7fb26a', 0.6)}"/>`;
    back += fogBetween(context, horizonY + 50);
    const middle = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 20, amplitude: 40, bumps: 2 });
    back += `<path d="${middle.path}" fill="${paint.haze('#6aa653', 0.3)}"/>`;
    const trunk = paint.haze('#7a5236', 0.25);
    const leaves = paint.haze('#4f8f3f', 0.25);
    const highlight = paint.haze('#8cc56a', 0.25);
    for (let index = 0; index < 3; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      back += roundTree(x, middle.heightAt(x) + 12, random.between(90, 150), trunk, leaves, highlight, random);
    }
    back += fogBetween(context, groundTopY - 20, 0.4);
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 16, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#79b85a')}"/>`;
    back += flowersOnTheGround(context, random, { spacing: 60, topAt: (x) => ground.heightAt(x) + 20, base: 14, growth: 26 });
    let front = '';
    const tuft = paint.colour(scene.weather === 'snow' ? '#dfe8f1' : '#4c8c3c');
    for (let x = random.between(0, 60); x < width; x += random.between(80, 160)) front += grassTuft(x, height + 4, random.between(30, 50), tuft);
    return { back, front };
  },
};
