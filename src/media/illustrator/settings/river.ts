import { ridge } from '../backdrop/ridge.ts';
import { roundTree } from '../backdrop/scenery.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** A river winding out of far hills, widening as it comes near, between grassy banks, with a little footbridge and stepping stones. */
export const river: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('river');
    const far = ridge(context, random, { baseY: horizonY + 10, amplitude: 40, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#7fae7a', 0.55)}"/>`;
    back += fogBetween(context, horizonY + 40);
    const bank = ridge(context, random, { baseY: horizonY + 50, amplitude: 10, bumps: 2, smoothness: 1 });
    back += `<path d="${bank.path}" fill="${groundFill(context, '#79b85a')}"/>`;
    // The river runs down the side away from the main subject, so it never flows under their feet.
    const main = scene.subjects[0];
    const towards = main.x < 0.5 ? 1 : -1;
    const sourceX = width * (0.5 - towards * 0.08);
    const mouthX = width * (0.5 + towards * 0.3);
    const bend = width * 0.2 * towards;
    const left = `M${decimal(sourceX - 12)} ${decimal(horizonY + 48)}C${decimal(sourceX - bend - 40)} ${decimal(horizonY + 140)} ${decimal(mouthX - bend)} ${decimal(groundTopY - 40)} ${decimal(mouthX - width * 0.2)} ${decimal(height + 10)}`;
    const right = `L${decimal(mouthX + width * 0.2)} ${decimal(height + 10)}C${decimal(mouthX - bend + 120)} ${decimal(groundTopY - 40)} ${decimal(sourceX - bend + 40)} ${decimal(horizonY + 140)} ${decimal(sourceX + 12)} ${decimal(horizonY + 48)}Z`;
    back += `<path d="${left}${right}" fill="${defs.linear([[0, paint.colour('#8fc9e6', 0.5)], [1, paint.colour('#3f8fc4', 0.6)]])}" ` +
      `stroke="${paint.colour('#e6d3a3')}" stroke-width="10"/>`;
    let flow = '';
    for (let index = 0; index < 10; index += 1) {
      const t = random.between(0.2, 1);
      const x = sourceX + (mouthX - sourceX) * t + random.between(-40, 40) * t;
      const y = horizonY + 50 + (height - horizonY - 50) * t;
      flow += `M${decimal(x)} ${decimal(y)}q${decimal(15 * t + 8)} ${decimal(-6 * t)} ${decimal(30 * t + 16)} 0`;
    }
    back += `<path d="${flow}" stroke="${paint.glow('#eaf6ff')}" stroke-width="3" fill="none" stroke-linecap="round" opacity="0.7"/>`;
    // A footbridge across the middle distance.
    const bridgeY = horizonY + 150;
    const bridgeX = sourceX + (mouthX - sourceX) * 0.35 - bend * 0.2;
    const wood = paint.colour('#9a6a3c');
    back += `<path d="M${decimal(bridgeX - 130)} ${decimal(bridgeY)}Q${decimal(bridgeX)} ${decimal(bridgeY - 50)} ${decimal(bridgeX + 130)} ${decimal(bridgeY)}" stroke="${wood}" stroke-width="14" fill="none"/>` +
      `<path d="M${decimal(bridgeX - 120)} ${decimal(bridgeY - 30)}Q${decimal(bridgeX)} ${decimal(bridgeY - 80)} ${decimal(bridgeX + 120)} ${decimal(bridgeY - 30)}` +
      `M${decimal(bridgeX - 80)} ${decimal(bridgeY - 20)}v-32M${decimal(bridgeX)} ${decimal(bridgeY - 30)}v-36M${decimal(bridgeX + 80)} ${decimal(bridgeY - 20)}v-32" stroke="${wood}" stroke-width="6" fill="none"/>`;
    let stones = '';
    for (let index = 0; index < 4; index += 1) {
      const x = mouthX - width * 0.14 + index * width * 0.09;
      stones += `<ellipse cx="${decimal(x)}" cy="${decimal(groundTopY + 60 + index * 6)}" rx="34" ry="13"/>`;
    }
    back += `<g fill="${paint.colour('#a9a59c')}">${stones}</g>`;
    const treeX = main.x < 0.5 ? width * 0.1 : width * 0.9;
    back += roundTree(treeX, groundTopY - 10, height * 0.42, paint.haze('#7a5236', 0.2), paint.haze('#4f8f3f', 0.2), paint.haze('#8cc56a', 0.2), random);
    return { back, front: '' };
  },
};
