import { cloudColour, cloudPath } from '../backdrop/draw-clouds.ts';
import { mixColours } from '../colour.ts';
import { decimal } from '../svg-markup.ts';
import { subjectTraits } from '../subject-traits.ts';
import type { SettingArtist } from './setting-artist.ts';

/** High above the clouds: banks of cloud below fading into the distance, and a cloud cushion under each sitter. */
export const sky: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('sky-setting');
    // Whiter than the sky's own clouds: the banks must stand out against a pale horizon.
    const base = mixColours(cloudColour(context), paint.glow('#ffffff'), paint.isDark ? 0.1 : 0.45);
    let back = '';
    const banks = [
      { y: horizonY + 30, size: 70, depth: 0.35 },
      { y: (horizonY + groundTopY) / 2 + 40, size: 100, depth: 0.15 },
      { y: groundTopY + 60, size: 130, depth: 0 },
    ];
    for (const bank of banks) {
      const colour = paint.haze(base, bank.depth);
      // Shaded underneath, towards the sky's top colour, so each bank stands out from the one behind.
      const fill = context.defs.linear([[0.25, colour], [1, mixColours(colour, paint.sky.top, 0.5)]]);
      let path = '';
      for (let x = random.between(-80, 0); x < width + 100; x += bank.size * random.between(1.4, 1.9)) path += cloudPath(x, bank.y, bank.size, random);
      back += `<path d="${path}M-20 ${decimal(bank.y - 5)}v${decimal(height - bank.y + 20)}h${decimal(width + 40)}v${decimal(bank.y - height - 20)}Z" ` +
        `fill="${fill}"/>`;
    }
    let distantBirds = '';
    for (let index = 0; index < 4; index += 1) {
      const x = random.between(0, width);
      const y = random.between(height * 0.15, horizonY - 40);
      distantBirds += `M${decimal(x - 12)} ${decimal(y)}q6 -8 12 0q6 -8 12 0`;
    }
    back += `<path d="${distantBirds}" stroke="${paint.colour('#4a5170')}" stroke-width="3" fill="none" stroke-linecap="round" opacity="0.6"/>`;
    let front = '';
    const cushion = paint.colour(base, 0.3);
    for (const subject of scene.subjects) {
      if (subject.pose === 'flying' || subjectTraits[subject.kind].habitat === 'sky') continue;
      // Low and wide, so it holds up the feet without hiding the sitter.
      const size = subject.height * height * 0.4 * subjectTraits[subject.kind].aspect;
      front += `<path d="${cloudPath(subject.x * width, subject.y * height + size * 0.9, size, random)}" fill="${cushion}"/>`;
    }
    return { back, front };
  },
};
