import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';

/** Sun or moon light broken on the water: short bright strokes in a column under the light. */
export function seaGlitter(context: DrawContext, x: number, top: number, bottom: number): string {
  const { scene, paint } = context;
  if (scene.weather === 'rain' || scene.weather === 'fog') return '';
  const random = context.random('glitter');
  const colour = paint.glow(paint.isDark ? '#fff4c7' : '#fffbe6');
  let strokes = '';
  for (let index = 0; index < 14; index += 1) {
    const y = top + 6 + (bottom - top) * (index / 14);
    const spread = 20 + (y - top) * 0.5;
    const across = x + random.between(-spread, spread);
    const length = random.between(14, 40) * (1 - index / 30);
    strokes += `M${decimal(across - length / 2)} ${decimal(y)}h${decimal(length)}`;
  }
  return `<path d="${strokes}" stroke="${colour}" stroke-width="3" stroke-linecap="round" opacity="0.7"/>`;
}

/** A palm leaning in from the edge: a curved, banded trunk and a crown of drooping fronds. */
export function palmTree(context: DrawContext, x: number, baseY: number, height: number, lean: 1 | -1): string {
  const { paint } = context;
  const topX = x + lean * height * 0.32;
  const topY = baseY - height;
  const trunk = `M${decimal(x)} ${decimal(baseY)}Q${decimal(x + lean * height * 0.02)} ${decimal(baseY - height * 0.6)} ${decimal(topX)} ${decimal(topY)}`;
  let markup = `<path d="${trunk}" stroke="${paint.colour('#8b5e3c')}" stroke-width="${decimal(height * 0.07)}" stroke-linecap="round" fill="none"/>`;
  markup += `<path d="${trunk}" stroke="${paint.colour('#a87448')}" stroke-width="${decimal(height * 0.05)}" ` +
    `stroke-dasharray="${decimal(height * 0.025)} ${decimal(height * 0.03)}" fill="none"/>`;
  const leaf = paint.colour('#3f9a4a');
  for (const angle of [-160, -120, -70, -25, 15, 60]) {
    const radians = (angle * Math.PI) / 180;
    const reach = height * 0.42;
    const endX = topX + Math.cos(radians) * reach;
    const endY = topY + Math.sin(radians) * reach * 0.55 + reach * 0.35;
    const midX = topX + Math.cos(radians) * reach * 0.55;
    const midY = topY + Math.sin(radians) * reach * 0.5 - reach * 0.12;
    markup += `<path d="M${decimal(topX)} ${decimal(topY)}Q${decimal(midX)} ${decimal(midY - reach * 0.12)} ${decimal(endX)} ${decimal(endY)}Q${decimal(midX)} ${decimal(midY + reach * 0.1)} ${decimal(topX)} ${decimal(topY)}Z" ` +
      `fill="${leaf}"/>`;
  }
  const nut = paint.colour('#6b4a2f');
  markup += `<circle cx="${decimal(topX - 8)}" cy="${decimal(topY + 10)}" r="${decimal(height * 0.025)}" fill="${nut}"/>` +
    `<circle cx="${decimal(topX + 8)}" cy="${decimal(topY + 12)}" r="${decimal(height * 0.025)}" fill="${nut}"/>`;
  return markup;
}
