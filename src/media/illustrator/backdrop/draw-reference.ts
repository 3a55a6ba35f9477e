import type { DrawContext } from '../draw-context.ts';
import type { PreparedReference } from '../prepare-reference-image.ts';
import type { ReferenceSlot } from '../reference-slots.ts';
import { decimal } from '../svg-markup.ts';

/**
 * A user's character picture in a subject's place. A cut-out stands on the ground like a drawn
 * subject; a plain photo becomes a round portrait with a feathered edge and a soft glow behind it.
 */
export function drawReference(reference: PreparedReference, slot: ReferenceSlot, context: DrawContext): string {
  const { defs, paint } = context;
  const size = slot.height * context.height;
  const x = slot.x * context.width;
  const bottom = slot.y * context.height;
  if (reference.cutout) {
    const scale = size / Math.max(reference.width, reference.height);
    const width = reference.width * scale;
    const height = reference.height * scale;
    return `<ellipse cx="${decimal(x)}" cy="${decimal(bottom)}" rx="${decimal(width * 0.42)}" ry="${decimal(size * 0.04)}" fill="#000000" opacity="0.18"/>` +
      `<image href="${reference.href}" x="${decimal(x - width / 2)}" y="${decimal(bottom - height)}" width="${decimal(width)}" ` +
        `height="${decimal(height)}" preserveAspectRatio="none"/>`;
  }
  const radius = size * 0.48;
  const centreY = bottom - size / 2;
  const glowColour = paint.glow('#fff6dc');
  const glow = defs.radial([[0.6, glowColour, 0.85], [1, glowColour, 0]]);
  const mask = defs.add('portrait', (id) => {
    const fade = defs.radial([[0.86, '#ffffff'], [1, '#000000']]);
    const area = `x="${decimal(x - radius)}" y="${decimal(centreY - radius)}" width="${decimal(radius * 2)}" height="${decimal(radius * 2)}"`;
    return `<mask id="${id}" maskUnits="userSpaceOnUse" ${area}><circle cx="${decimal(x)}" cy="${decimal(centreY)}" r="${decimal(radius)}" fill="${fade}"/></mask>`;
  });
  return `<circle cx="${decimal(x)}" cy="${decimal(centreY)}" r="${decimal(radius * 1.18)}" fill="${glow}"/>` +
    `<image href="${reference.href}" x="${decimal(x - radius)}" y="${decimal(centreY - radius)}" width="${decimal(radius * 2)}" ` +
      `height="${decimal(radius * 2)}" preserveAspectRatio="xMidYMid slice" mask="${mask}"/>`;
}
