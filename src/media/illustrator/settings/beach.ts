import { skyLightPlace } from '../backdrop/draw-sun-and-moon.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';
import { palmTree, seaGlitter } from './sea-props.ts';

/** A sandy shore curving across the picture, the sea beyond it and a palm tree leaning in from one side. */
export const beach: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, waterY, scene } = context;
    const random = context.random('beach');
    const sea = defs.linear([[0, paint.haze('#3d9fcb', 0.35)], [1, paint.colour('#6fd3d6')]]);
    let back = `<rect x="0" y="${decimal(horizonY)}" width="${decimal(width)}" height="${decimal(height - horizonY)}" fill="${sea}"/>`;
    if (random.chance(0.5)) {
      const islandX = random.between(0.1, 0.9) * width;
      back += `<path d="M${decimal(islandX - 120)} ${decimal(horizonY + 2)}Q${decimal(islandX)} ${decimal(horizonY - 40)} ${decimal(islandX + 120)} ${decimal(horizonY + 2)}Z" ` +
        `fill="${paint.haze('#4f8a5a', 0.55)}"/>`;
    }
    back += seaGlitter(context, skyLightPlace(context).x, horizonY, waterY);
    let waves = '';
    for (let index = 0; index < Math.round(width / 90); index += 1) {
      const x = random.between(0, width);
      const y = random.between(horizonY + 15, waterY);
      const size = 8 + ((y - horizonY) / (waterY - horizonY)) * 18;
      waves += `M${decimal(x - size)} ${decimal(y)}q${decimal(size / 2)} ${decimal(-size / 3)} ${decimal(size)} 0q${decimal(size / 2)} ${decimal(-size / 3)} ${decimal(size)} 0`;
    }
    back += `<path d="${waves}" stroke="${paint.colour('#e8fbff')}" stroke-width="2.5" fill="none" stroke-linecap="round" opacity="0.6"/>`;
    // The shore runs a little downhill across the picture, so the sand reads as a slope towards us.
    const left = waterY + height * random.between(0.02, 0.07);
    const right = waterY + height * random.between(0.02, 0.07);
    const shore = `M-20 ${decimal(left)}C${decimal(width * 0.3)} ${decimal(left + 25)} ${decimal(width * 0.6)} ${decimal(right - 25)} ${decimal(width + 20)} ${decimal(right)}`;
    back += `<path d="${shore}L${decimal(width + 20)} ${decimal(height + 10)}L-20 ${decimal(height + 10)}Z" fill="${paint.colour('#e9c68c')}" ` +
      `transform="translate(0 -10)"/>`;
    back += `<path d="${shore}" stroke="${paint.colour('#ffffff')}" stroke-width="9" fill="none" opacity="0.85" transform="translate(0 -12)"/>`;
    back += `<path d="${shore}L${decimal(width + 20)} ${decimal(height + 10)}L-20 ${decimal(height + 10)}Z" ` +
      `fill="${groundFill(context, '#f3d9a4', false)}" transform="translate(0 8)"/>`;
    for (let index = 0; index < 4; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      const y = random.between(Math.max(left, right) + 40, height - 20);
      back += starfish(x, y, random.between(10, 18), paint.colour(random.pick(paint.accents), 0.6), random.between(0, 72));
    }
    const main = scene.subjects[0];
    const palmX = main.x < 0.5 ? width - random.between(20, 80) : random.between(20, 80);
    back += palmTree(context, palmX, height * 0.98, height * 0.62, palmX > width / 2 ? -1 : 1);
    return { back, front: '' };
  },
};

function starfish(x: number, y: number, size: number, colour: string, turn: number): string {
  let path = '';
  for (let point = 0; point < 10; point += 1) {
    const angle = ((point * 36 + turn - 90) * Math.PI) / 180;
    const reach = point % 2 === 0 ? size : size * 0.45;
    path += `${point === 0 ? 'M' : 'L'}${decimal(x + Math.cos(angle) * reach)} ${decimal(y + Math.sin(angle) * reach * 0.6)}`;
  }
  return `<path d="${path}Z" fill="${colour}" stroke="${colour}" stroke-width="${decimal(size * 0.25)}" stroke-linejoin="round"/>`;
}
