import type { DrawContext } from '../draw-context.ts';
import { ridge } from '../backdrop/ridge.ts';
import { placed } from '../backdrop/scenery.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A farm: patchwork fields striped with crops on the hills, a red barn with a silo, hay bales and a wooden fence. */
export const farm: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('farm');
    const far = ridge(context, random, { baseY: horizonY + 20, amplitude: 30, bumps: 2, smoothness: 1 });
    let back = `<path d="${far.path}" fill="${paint.haze('#a8c46a', 0.5)}"/>`;
    const fieldColours = ['#e6c45a', '#7fb04f', '#c79a4f', '#9cc760'];
    // Fields as vertical strips of the middle hill, each with rows of crops across it.
    const hill = ridge(context, random, { baseY: horizonY + 90, amplitude: 30, bumps: 2, smoothness: 1 });
    const clip = context.defs.add('fields', (id) => `<clipPath id="${id}"><path d="${hill.path}"/></clipPath>`);
    let fields = '';
    for (let x = -20, index = 0; x < width; index += 1) {
      const fieldWidth = random.between(160, 300);
      fields += `<rect x="${decimal(x)}" y="${decimal(horizonY)}" width="${decimal(fieldWidth + 2)}" height="${decimal(height)}" fill="${paint.haze(fieldColours[index % 4], 0.3)}"/>`;
      x += fieldWidth;
    }
    let rows = '';
    for (let y = horizonY + 70; y < groundTopY; y += 16 + (y - horizonY) * 0.08) rows += `M0 ${decimal(y)}H${decimal(width)}`;
    back += `<g clip-path="${clip}">${fields}<path d="${rows}" stroke="#000" stroke-opacity="0.12" stroke-width="3"/></g>`;
    const main = scene.subjects[0];
    const barnX = main.x < 0.5 ? width * random.between(0.66, 0.78) : width * random.between(0.2, 0.32);
    back += barn(context, barnX, groundTopY + 20, height * 0.36);
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 8, bumps: 2, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#86bf5a')}"/>`;
    const fence = paint.colour('#b08050');
    let rails = `M0 ${decimal(groundTopY - 30)}H${decimal(width)}M0 ${decimal(groundTopY - 5)}H${decimal(width)}`;
    for (let x = 20; x < width; x += 110) rails += `M${decimal(x)} ${decimal(groundTopY + 15)}V${decimal(groundTopY - 48)}`;
    back += `<path d="${rails}" stroke="${fence}" stroke-width="10" stroke-linecap="round"/>`;
    const hay = paint.colour('#e8c45c');
    for (let index = 0; index < 2; index += 1) {
      const x = main.x < 0.5 ? width * (0.55 + index * 0.22) : width * (0.08 + index * 0.2);
      const y = groundTopY + 70 + index * 30;
      back += `<rect x="${decimal(x - 60)}" y="${decimal(y - 70)}" width="120" height="70" rx="30" fill="${hay}"/>` +
        `<path d="M${decimal(x - 60)} ${decimal(y - 35)}h120M${decimal(x - 20)} ${decimal(y - 70)}v70M${decimal(x + 20)} ${decimal(y - 70)}v70" stroke="${paint.colour('#c99a3a')}" stroke-width="3"/>`;
    }
    return { back, front: '' };
  },
};

/** A red barn with a white-trimmed door and a round-topped silo beside it, in its own units. */
function barn(context: DrawContext, x: number, baseY: number, size: number): string {
  const { paint } = context;
  const red = paint.colour('#c0392b');
  const trim = paint.colour('#f7f3ea');
  const markup =
    `<rect x="55" y="-120" width="34" height="120" fill="${paint.colour('#b7bcc4')}"/><path d="M55 -120a17 17 0 0 1 34 0Z" fill="${paint.colour('#8e96a3')}"/>` +
    `<path d="M-60 0V-60L-40 -90H40L60 -60V0Z" fill="${red}" stroke="${trim}" stroke-width="3"/>` +
    `<rect x="-22" y="-44" width="44" height="44" fill="${paint.colour('#8e2a20')}" stroke="${trim}" stroke-width="4"/>` +
    `<path d="M-22 -44L22 0M22 -44L-22 0" stroke="${trim}" stroke-width="4"/>` +
    `<rect x="-10" y="-76" width="20" height="16" fill="${trim}"/>`;
  return placed(x, baseY, size, markup);
}
