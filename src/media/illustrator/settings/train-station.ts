import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** A railway platform: a brick station wall with arched windows, an iron canopy with a clock, a train at the platform. */
export const trainStation: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY } = context;
    const random = context.random('station');
    const wallTop = horizonY - 120;
    let back = `<rect y="${decimal(wallTop)}" width="${decimal(width)}" height="${decimal(groundTopY - wallTop)}" fill="${paint.colour('#a65a3e')}"/>`;
    let arches = '';
    for (let x = 60; x < width; x += 200) arches += `M${decimal(x)} ${decimal(horizonY)}v-60a40 40 0 0 1 80 0v60Z`;
    back += `<path d="${arches}" fill="${paint.isDark ? paint.glow('#ffd98a') : paint.colour('#3b4150')}" stroke="${paint.colour('#e8d8c0')}" stroke-width="6"/>`;
    back += train(context, horizonY + 10, groundTopY - 20, random.pick(['#2e5c8a', '#b03a2e', '#3f7d4a']));
    // The canopy: a sloped roof on iron columns, with a clock hanging from it.
    const roofY = height * 0.12;
    const iron = paint.colour('#2f3a45');
    let columns = '';
    for (let x = 120; x < width; x += 320) columns += `M${decimal(x)} ${decimal(roofY)}V${decimal(groundTopY + 10)}`;
    back += `<path d="${columns}" stroke="${iron}" stroke-width="14"/>`;
    let fringe = `M0 ${decimal(roofY)}`;
    for (let x = 0; x < width; x += 40) fringe += `l20 24l20 -24`;
    back += `<path d="M-10 0H${decimal(width + 10)}V${decimal(roofY)}H-10Z" fill="${paint.colour('#5a6878')}"/>` +
      `<path d="${fringe}V0H0Z" fill="${paint.colour('#e8e2d6')}"/>`;
    const clockX = width / 2;
    back += `<path d="M${decimal(clockX)} ${decimal(roofY)}v40" stroke="${iron}" stroke-width="5"/>` +
      `<circle cx="${decimal(clockX)}" cy="${decimal(roofY + 80)}" r="40" fill="${paint.glow('#fbf7ec')}" stroke="${iron}" stroke-width="8"/>` +
      `<path d="M${decimal(clockX)} ${decimal(roofY + 80)}v-26M${decimal(clockX)} ${decimal(roofY + 80)}h18" stroke="${iron}" stroke-width="5" stroke-linecap="round"/>`;
    const platform = defs.linear([[0, paint.colour('#b8b6b0')], [1, paint.colour('#8e8c86')]]);
    back += `<rect y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${platform}"/>` +
      `<rect y="${decimal(groundTopY)}" width="${decimal(width)}" height="14" fill="${paint.colour('#f2c230')}"/>`;
    return { back, front: '' };
  },
};

/** A side-on passenger train from edge to edge: carriages with a row of windows, a roof and wheels. */
function train(context: DrawContext, top: number, bottom: number, colour: string): string {
  const { paint, width } = context;
  const body = paint.colour(colour);
  const window = paint.isDark ? paint.glow('#ffe39a') : paint.colour('#cfe6f5');
  let markup = `<rect x="-20" y="${decimal(top)}" width="${decimal(width + 40)}" height="${decimal(bottom - top)}" rx="14" fill="${body}"/>`;
  markup += `<rect x="-20" y="${decimal(top - 14)}" width="${decimal(width + 40)}" height="20" rx="10" fill="${paint.colour('#5a606b')}"/>`;
  let windows = '';
  let gaps = '';
  for (let x = 30; x < width; x += 90) {
    if ((x - 30) % 450 === 360) gaps += `M${decimal(x + 30)} ${decimal(top)}V${decimal(bottom)}`;
    else windows += `M${decimal(x)} ${decimal(top + 18)}h60v${decimal((bottom - top) * 0.4)}h-60Z`;
  }
  markup += `<path d="${windows}" fill="${window}"/><path d="${gaps}" stroke="${paint.colour('#2f3a45')}" stroke-width="10"/>`;
  markup += `<rect x="-20" y="${decimal(bottom - (bottom - top) * 0.3)}" width="${decimal(width + 40)}" height="10" fill="${paint.colour('#f2efe8')}"/>`;
  return markup;
}
