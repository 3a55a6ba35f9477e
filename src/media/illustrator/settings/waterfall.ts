import { ridge } from '../backdrop/ridge.ts';
import { roundTree } from '../backdrop/scenery.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A waterfall: a white ribbon pouring over a mossy cliff into a pool, spray rising where it lands, trees on the cliff top. */
export const waterfall: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('waterfall');
    const main = scene.subjects[0];
    const fallX = width * (main.x < 0.5 ? random.between(0.6, 0.68) : random.between(0.32, 0.4));
    const cliffTop = height * random.between(0.18, 0.26);
    const poolY = horizonY + 110;
    const rock = defs.linear([[0, paint.colour('#7a7468')], [1, paint.colour('#5a554c')]]);
    let back = `<path d="M-20 ${decimal(poolY)}V${decimal(cliffTop + 60)}Q${decimal(width * 0.2)} ${decimal(cliffTop + 10)} ${decimal(fallX - 90)} ${decimal(cliffTop)}H${decimal(fallX + 90)}` +
      `Q${decimal(width * 0.8)} ${decimal(cliffTop + 20)} ${decimal(width + 20)} ${decimal(cliffTop + 80)}V${decimal(poolY)}Z" fill="${rock}"/>`;
    let ledges = '';
    for (let index = 0; index < 8; index += 1) ledges += `M${decimal(random.between(0, width))} ${decimal(random.between(cliffTop + 60, poolY - 20))}h${decimal(random.between(60, 140))}`;
    back += `<path d="${ledges}" stroke="${paint.colour('#4a453e')}" stroke-width="6" stroke-linecap="round"/>`;
    const moss: Array<[number, number, number]> = [];
    for (let x = -20; x < width + 40; x += 50) if (Math.abs(x - fallX) > 100) moss.push([x, cliffTop + 40 + Math.abs(x - fallX) * 0.05, random.between(28, 44)]);
    back += `<path d="${circlesPath(moss)}" fill="${paint.colour('#4f8a3f')}"/>`;
    for (const offset of [-1, 1]) back += roundTree(fallX + offset * random.between(200, 420), cliffTop + 50, random.between(150, 220), paint.colour('#6b4a2f'), paint.colour('#3f7a3a'), paint.colour('#6fae5a'), random);
    const water = paint.glow('#dff4ff');
    back += `<path d="M${decimal(fallX - 70)} ${decimal(cliffTop)}Q${decimal(fallX - 80)} ${decimal(cliffTop + 20)} ${decimal(fallX - 80)} ${decimal(poolY)}H${decimal(fallX + 80)}Q${decimal(fallX + 80)} ${decimal(cliffTop + 20)} ${decimal(fallX + 70)} ${decimal(cliffTop)}Z" ` +
      `fill="${defs.linear([[0, paint.colour('#9fd8f0', 0.4)], [1, water]])}"/>`;
    let streaks = '';
    for (let x = fallX - 60; x < fallX + 60; x += random.between(10, 22)) streaks += `M${decimal(x)} ${decimal(cliffTop + random.between(10, 60))}v${decimal(random.between(80, poolY - cliffTop - 60))}`;
    back += `<path d="${streaks}" stroke="${paint.glow('#ffffff')}" stroke-width="4" stroke-linecap="round" opacity="0.75"/>`;
    back += `<rect y="${decimal(poolY - 10)}" width="${decimal(width)}" height="${decimal(height)}" fill="${defs.linear([[0, paint.colour('#5fb8d6', 0.6)], [1, paint.colour('#2f7fa8', 0.6)]])}"/>`;
    const spray: Array<[number, number, number]> = [];
    for (let index = 0; index < 7; index += 1) spray.push([fallX + random.between(-120, 120), poolY - random.between(0, 40), random.between(26, 50)]);
    back += `<path d="${circlesPath(spray)}" fill="${paint.glow('#ffffff')}" opacity="0.7"/>`;
    const bank = ridge(context, random, { baseY: groundTopY + 10, amplitude: 12, bumps: 2, smoothness: 1 });
    back += `<path d="${bank.path}" fill="${groundFill(context, '#6aa84f')}"/>`;
    return { back, front: '' };
  },
};
