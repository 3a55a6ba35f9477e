import { drawSky } from '../backdrop/draw-sky.ts';
import { drawStars } from '../backdrop/draw-stars.ts';
import { crescentPath } from '../backdrop/draw-sun-and-moon.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';

/** A curtained window in a room's wall that shows the sky of the scene's time: sun or moon, stars at night. */
export function windowOnTheSky(context: DrawContext, centreX: number, top: number, width: number, height: number): string {
  const { paint, defs } = context;
  const left = centreX - width / 2;
  const pane = `<rect x="${decimal(left)}" y="${decimal(top)}" width="${decimal(width)}" height="${decimal(height)}"/>`;
  const clip = defs.add('window', (id) => `<clipPath id="${id}">${pane}</clipPath>`);
  let view = drawSky(context, top, top + height * 1.6) + drawStars(context, top, top + height);
  const lightX = left + width * 0.7;
  if (paint.isDark) {
    const place = `translate(${decimal(lightX)} ${decimal(top + height * 0.28)}) rotate(-25)`;
    view += `<path d="${crescentPath(height * 0.1)}" transform="${place}" fill="${paint.glow('#fff4c7')}"/>`;
  } else {
    view += `<circle cx="${decimal(lightX)}" cy="${decimal(top + height * 0.3)}" r="${decimal(height * 0.09)}" fill="${paint.glow('#ffd84d')}"/>`;
  }
  const frame = paint.colour('#f7f3ea');
  const curtain = paint.colour(paint.accents[1] ?? paint.accents[0], 0.7);
  let markup = `<g clip-path="${clip}">${view}</g>`;
  markup += `<path d="M${decimal(centreX)} ${decimal(top)}v${decimal(height)}M${decimal(left)} ${decimal(top + height / 2)}h${decimal(width)}" stroke="${frame}" ` +
    `stroke-width="10"/>`;
  markup += `<rect x="${decimal(left)}" y="${decimal(top)}" width="${decimal(width)}" height="${decimal(height)}" fill="none" stroke="${frame}" stroke-width="16"/>`;
  for (const side of [-1, 1]) {
    const edge = centreX + (side * width) / 2;
    markup += `<path d="M${decimal(edge - side * 30)} ${decimal(top - 30)}h${decimal(side * 80)}v${decimal(height + 80)}q${decimal(-side * 40)} 10 ${decimal(-side * 60)} 0q${decimal(side * 30)} ${decimal(-height * 0.45)} ${decimal(-side * 20)} ${decimal(-height - 80)}Z" ` +
      `fill="${curtain}"/>`;
  }
  markup += `<rect x="${decimal(left - 70)}" y="${decimal(top - 38)}" width="${decimal(width + 140)}" height="12" rx="6" fill="${paint.colour('#8a5a36')}"/>`;
  return markup;
}
