import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';

/** The sky gradient, from the top of the picture to the horizon, and the horizon's colour below it. */
export function drawSky(context: DrawContext, top = 0, bottom = context.height): string {
  const { paint, defs, width, horizonY } = context;
  const span = bottom - top;
  const horizonOffset = Math.min(1, Math.max(0.2, (horizonY - top) / span));
  const fill = defs.add('sky', (id) =>
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${decimal(top)}" x2="0" y2="${decimal(bottom)}">` +
    `<stop offset="0" stop-color="${paint.sky.top}"/><stop offset="${decimal(horizonOffset * 55)}%" stop-color="${paint.sky.middle}"/>` +
    `<stop offset="${decimal(horizonOffset * 100)}%" stop-color="${paint.sky.horizon}"/><stop offset="1" stop-color="${paint.sky.horizon}"/>` +
    '</linearGradient>',
  );
  return `<rect x="0" y="${decimal(top)}" width="${decimal(width)}" height="${decimal(span)}" fill="${fill}"/>`;
}
