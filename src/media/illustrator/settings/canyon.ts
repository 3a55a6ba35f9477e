import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A canyon: tall striped red-rock walls on both sides, buttes fading into the distance between them, a dry wash of sand below. */
export const canyon: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY } = context;
    const random = context.random('canyon');
    let back = '';
    // Buttes in the gap, furthest and palest first.
    for (const [depth, count] of [[0.6, 4], [0.4, 3]] as const) {
      for (let index = 0; index < count; index += 1) {
        const x = random.between(width * 0.15, width * 0.85);
        back += butte(context, x, horizonY + 40 + (0.6 - depth) * 200, random.between(80, 180), random.between(60, 140), depth);
      }
    }
    back += `<rect y="${decimal(horizonY + 40)}" width="${decimal(width)}" height="${decimal(height)}" fill="${paint.haze('#d9925a', 0.35)}"/>`;
    back += wall(context, -1, groundTopY + 20) + wall(context, 1, groundTopY + 20);
    const ground = `M-20 ${decimal(groundTopY)}Q${decimal(width / 2)} ${decimal(groundTopY - 30)} ${decimal(width + 20)} ${decimal(groundTopY)}V${decimal(height + 10)}H-20Z`;
    back += `<path d="${ground}" fill="${groundFill(context, '#e0a86a', false)}"/>`;
    let pebbles = '';
    for (let index = 0; index < 10; index += 1) pebbles += `<ellipse cx="${decimal(random.between(0, width))}" cy="${decimal(random.between(groundTopY + 30, height))}" rx="${decimal(random.between(8, 20))}" ry="6"/>`;
    back += `<g fill="${paint.colour('#a8603a')}">${pebbles}</g>`;
    return { back, front: '' };
  },
};

/** A flat-topped butte with horizontal strata. */
function butte(context: DrawContext, x: number, baseY: number, half: number, tall: number, depth: number): string {
  const { paint } = context;
  const top = baseY - tall;
  return `<path d="M${decimal(x - half - 30)} ${decimal(baseY)}L${decimal(x - half)} ${decimal(top)}H${decimal(x + half)}L${decimal(x + half + 30)} ${decimal(baseY)}Z" fill="${paint.haze('#c0603a', depth)}"/>` +
    `<path d="M${decimal(x - half - 10)} ${decimal(top + tall * 0.35)}H${decimal(x + half + 10)}M${decimal(x - half - 20)} ${decimal(top + tall * 0.7)}H${decimal(x + half + 20)}" stroke="${paint.haze('#e0905a', depth)}" stroke-width="8"/>`;
}

/** One side's cliff wall rising to the top of the picture, layered in bands of red and orange rock. */
function wall(context: DrawContext, side: -1 | 1, baseY: number): string {
  const { paint, width } = context;
  const random = context.random(`canyon-wall-${side}`);
  const outer = side < 0 ? -20 : width + 20;
  const bands = ['#a8442a', '#c4603a', '#b04e30', '#d27a48', '#9a3e26'];
  let markup = '';
  const inner = width * random.between(0.16, 0.24);
  for (let band = 0; band < 5; band += 1) {
    const y0 = -20 + (band * (baseY + 20)) / 5;
    const y1 = -20 + ((band + 1) * (baseY + 20)) / 5;
    const reach0 = inner * (1 + band * 0.12) + random.between(-20, 20);
    const reach1 = inner * (1 + (band + 1) * 0.12) + random.between(-20, 20);
    const x0 = side < 0 ? reach0 : width - reach0;
    const x1 = side < 0 ? reach1 : width - reach1;
    markup += `<path d="M${decimal(outer)} ${decimal(y0)}H${decimal(x0)}L${decimal(x1)} ${decimal(y1 + 2)}H${decimal(outer)}Z" fill="${paint.colour(bands[band])}"/>`;
  }
  return markup;
}
