import { ridge } from '../backdrop/ridge.ts';
import { grassTuft, pineTree } from '../backdrop/scenery.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** Pine forest: hazy far hills fringed with pines, a nearer row of pines, a clearing, and tall pines framing the edges. */
export const forest: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, groundY, scene } = context;
    const random = context.random('forest');
    const snowy = scene.weather === 'snow';
    const snow = snowy ? paint.colour('#f4f8fc', 0.6) : undefined;
    const far = ridge(context, random, { baseY: horizonY + 30, amplitude: 35, bumps: 3 });
    let back = `<path d="${far.path}" fill="${paint.haze('#4f8a6a', 0.6)}"/>`;
    const farColour = paint.haze('#3f7a5c', 0.55);
    for (let x = random.between(0, 30); x < width; x += random.between(26, 44)) {
      back += pineTree(x, far.heightAt(x) + 14, random.between(60, 115), farColour, snowy ? paint.haze('#ffffff', 0.5) : undefined);
    }
    back += fogBetween(context, horizonY + 60);
    const midColour = paint.haze('#2f6b4c', 0.3);
    const middleBase = (horizonY + groundTopY) / 2 + 30;
    for (let x = random.between(-20, 40); x < width + 40; x += random.between(70, 120)) {
      back += pineTree(x, middleBase + random.between(-15, 25), random.between(170, 290), midColour, snow);
    }
    back += fogBetween(context, middleBase - 40, 0.45);
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 14, bumps: 2, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#5e9a46')}"/>`;
    // Tall pines at the edges frame the clearing, like a stage's wings.
    const edgeColour = paint.colour('#234f37');
    back += pineTree(random.between(-40, width * 0.05), groundY + 60, height * random.between(0.85, 1.05), edgeColour, snow);
    back += pineTree(width - random.between(-40, width * 0.05), groundY + 60, height * random.between(0.8, 1), edgeColour, snow);
    const mushroomCap = paint.colour('#e0533d');
    for (let index = 0; index < 3; index += 1) {
      const x = random.between(width * 0.1, width * 0.9);
      const y = ground.heightAt(x) + random.between(30, 70);
      back += `<rect x="${decimal(x - 4)}" y="${decimal(y - 18)}" width="8" height="18" rx="3" fill="${paint.colour('#f3e9d8')}"/>` +
        `<path d="M${decimal(x - 16)} ${decimal(y - 16)}a16 13 0 0 1 32 0Z" fill="${mushroomCap}"/>`;
    }
    let front = '';
    const tuft = paint.colour(snowy ? '#dfe8f1' : '#3f7d32');
    for (let x = random.between(0, 60); x < width; x += random.between(90, 180)) front += grassTuft(x, height + 4, random.between(28, 46), tuft);
    return { back, front };
  },
};
