import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** A swamp: twisted cypress trees hung with moss, murky green water with lily pads, cattails and a muddy bank. */
export const swamp: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY } = context;
    const random = context.random('swamp');
    const water = context.defs.linear([[0, paint.haze('#6f8a5a', 0.35)], [1, paint.colour('#3f5a3a')]]);
    let back = `<rect y="${decimal(horizonY + 20)}" width="${decimal(width)}" height="${decimal(height)}" fill="${water}"/>`;
    back += fogBetween(context, horizonY + 40, 0.5);
    for (const [depth, count] of [[0.5, 5], [0.15, 3]] as const) {
      for (let index = 0; index < count; index += 1) {
        const x = random.between(0, width);
        const baseY = depth > 0.3 ? horizonY + 40 : groundTopY - 30;
        back += cypress(context, x, baseY, random.between(0.9, 1.3) * (depth > 0.3 ? 260 : 480), depth);
      }
      back += fogBetween(context, groundTopY - 80, 0.35);
    }
    let pads = '';
    for (let index = 0; index < 9; index += 1) {
      const x = random.between(0, width);
      const y = random.between(horizonY + 80, groundTopY);
      const size = 10 + ((y - horizonY) / (groundTopY - horizonY)) * 26;
      pads += `<path d="M${decimal(x)} ${decimal(y)}l${decimal(size)} ${decimal(-size * 0.12)}a${decimal(size)} ${decimal(size * 0.35)} 0 1 1 0 ${decimal(size * 0.24)}Z"/>`;
    }
    back += `<g fill="${paint.colour('#5f9a3f')}">${pads}</g>`;
    const bank = ridge(context, random, { baseY: groundTopY + 15, amplitude: 14, bumps: 2, smoothness: 1 });
    back += `<path d="${bank.path}" fill="${groundFill(context, '#5a4a32')}"/>`;
    let cattails = '';
    for (let x = random.between(0, 60); x < width; x += random.between(120, 260)) {
      for (let stalk = 0; stalk < 3; stalk += 1) {
        const sx = x + stalk * 14;
        const tall = random.between(90, 150);
        cattails += `<path d="M${decimal(sx)} ${decimal(height)}q${decimal(random.between(-12, 12))} ${decimal(-tall / 2)} 0 ${decimal(-tall)}" stroke="${paint.colour('#4f6f35')}" stroke-width="5" fill="none"/>` +
          `<rect x="${decimal(sx - 6)}" y="${decimal(height - tall - 6)}" width="12" height="34" rx="6" fill="${paint.colour('#6b4326')}"/>`;
      }
    }
    return { back, front: cattails };
  },
};

/** A cypress with a flared base, crooked branches and grey-green moss hanging from them. */
function cypress(context: DrawContext, x: number, baseY: number, height: number, depth: number): string {
  const { paint } = context;
  const random = context.random(`cypress-${Math.round(x)}`);
  const bark = paint.haze('#4a3d2e', depth);
  const half = height * 0.05;
  let markup = `<path d="M${decimal(x - half * 2.5)} ${decimal(baseY)}Q${decimal(x - half)} ${decimal(baseY - height * 0.2)} ${decimal(x - half * 0.6)} ${decimal(baseY - height)}` +
    `H${decimal(x + half * 0.6)}Q${decimal(x + half)} ${decimal(baseY - height * 0.2)} ${decimal(x + half * 2.5)} ${decimal(baseY)}Z" fill="${bark}"/>`;
  let branches = '';
  let moss = '';
  for (let index = 0; index < 4; index += 1) {
    const y = baseY - height * (0.55 + index * 0.12);
    const side = index % 2 === 0 ? 1 : -1;
    const reach = height * random.between(0.18, 0.3);
    branches += `M${decimal(x)} ${decimal(y)}q${decimal(side * reach * 0.5)} ${decimal(-reach * 0.3)} ${decimal(side * reach)} ${decimal(-reach * 0.1)}`;
    for (let strand = 0.3; strand <= 1; strand += 0.23) moss += `M${decimal(x + side * reach * strand)} ${decimal(y - reach * 0.2)}v${decimal(height * random.between(0.08, 0.18))}`;
  }
  markup += `<path d="${branches}" stroke="${bark}" stroke-width="${decimal(half * 0.8)}" fill="none" stroke-linecap="round"/>`;
  markup += `<path d="${moss}" stroke="${paint.haze('#8a9a6a', depth)}" stroke-width="${decimal(Math.max(3, half * 0.4))}" stroke-linecap="round"/>`;
  return markup;
}
