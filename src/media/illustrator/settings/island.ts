import { skyLightPlace } from '../backdrop/draw-sun-and-moon.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';
import { palmTree, seaGlitter } from './sea-props.ts';

/** A small round island in a turquoise lagoon: a green hump with palms, a ring of surf, sea on either side to the horizon. */
export const island: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('island');
    const sea = defs.linear([[0, paint.haze('#2c8fc4', 0.3)], [0.5, paint.colour('#29b8c9', 0.6)], [1, paint.colour('#62e0d2', 0.6)]]);
    let back = `<rect x="0" y="${decimal(horizonY)}" width="${decimal(width)}" height="${decimal(height - horizonY)}" fill="${sea}"/>`;
    back += seaGlitter(context, skyLightPlace(context).x, horizonY, groundTopY - 60);
    for (let index = 0; index < 2; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      const half = random.between(40, 90);
      back += `<path d="M${decimal(x - half)} ${decimal(horizonY + 1)}q${decimal(half)} ${decimal(-half * 0.35)} ${decimal(half * 2)} 0Z" fill="${paint.haze('#4f8a5a', 0.6)}"/>`;
    }
    // The island: a sand disc seen from the side, its surf ring and a grassy hump on top.
    const centreX = width * random.between(0.45, 0.55);
    const top = groundTopY - 40;
    const halfWidth = width * random.between(0.36, 0.42);
    const disc = `M${decimal(centreX - halfWidth)} ${decimal(height + 20)}C${decimal(centreX - halfWidth)} ${decimal(top)} ${decimal(centreX + halfWidth)} ${decimal(top)} ${decimal(centreX + halfWidth)} ${decimal(height + 20)}Z`;
    back += `<path d="${disc}" fill="none" stroke="${paint.colour('#f2fbff')}" stroke-width="18" opacity="0.8"/>`;
    back += `<path d="${disc}" fill="${groundFill(context, '#f1d59a', false)}"/>`;
    const hump = `M${decimal(centreX - halfWidth * 0.7)} ${decimal(top + 50)}Q${decimal(centreX)} ${decimal(top - 150)} ${decimal(centreX + halfWidth * 0.7)} ${decimal(top + 50)}Z`;
    back += `<path d="${hump}" fill="${paint.colour('#4fa05a')}"/>`;
    const main = scene.subjects[0];
    const side = main.x < 0.5 ? 1 : -1;
    back += palmTree(context, centreX + side * halfWidth * 0.45, top + 50, height * 0.5, side === 1 ? 1 : -1);
    back += palmTree(context, centreX + side * halfWidth * 0.2, top + 30, height * 0.38, side === 1 ? -1 : 1);
    return { back, front: '' };
  },
};
