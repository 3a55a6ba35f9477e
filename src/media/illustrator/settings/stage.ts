import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** A concert stage: curtain backdrop, a lighting rig whose beams multiply with the energy, speakers, a crowd in front. */
export const stage: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY, scene } = context;
    const random = context.random('stage');
    const backdrop = defs.linear([[0, paint.colour('#140c26')], [1, paint.colour('#3a2160')]]);
    let back = `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${backdrop}"/>`;
    let folds = '';
    for (let x = 0; x < width; x += 70) folds += `M${decimal(x)} 0v${decimal(groundTopY)}`;
    back += `<path d="${folds}" stroke="${paint.colour('#0b0616')}" stroke-width="22" opacity="0.35"/>`;
    const beamCount = 3 + Math.round(scene.energy * 6);
    const beams = [];
    for (let index = 0; index < beamCount; index += 1) {
      const sourceX = ((index + 0.5) / beamCount) * width;
      const targetX = sourceX + random.between(-0.25, 0.25) * width;
      const colour = paint.glow(paint.accents[index % paint.accents.length]);
      const fill = defs.add('beam', (id) => `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="60" x2="0" ` +
        `y2="${decimal(groundTopY + 120)}"><stop offset="0" stop-color="${colour}" stop-opacity="0.55"/>` +
        `<stop offset="1" stop-color="${colour}" stop-opacity="0.04"/></linearGradient>`);
      const spread = 60 + (1 - scene.energy) * 60;
      beams.push(`<path d="M${decimal(sourceX - 12)} 60L${decimal(targetX - spread)} ${decimal(groundTopY + 120)}L${decimal(targetX + spread)} ${decimal(groundTopY + 120)}L${decimal(sourceX + 12)} 60Z" ` +
        `fill="${fill}"/>`);
    }
    back += beams.join('');
    back += `<rect x="0" y="40" width="${decimal(width)}" height="16" fill="${paint.colour('#4a4458')}"/>`;
    for (let index = 0; index < beamCount; index += 1) {
      const x = ((index + 0.5) / beamCount) * width;
      back += `<rect x="${decimal(x - 16)}" y="50" width="32" height="22" rx="5" fill="${paint.colour('#2a2533')}"/>` +
        `<circle cx="${decimal(x)}" cy="70" r="10" fill="${paint.glow(paint.accents[index % paint.accents.length])}"/>`;
    }
    const floor = defs.linear([[0, paint.colour('#4a3560')], [1, paint.colour('#1d1428')]]);
    back += `<rect x="0" y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${floor}"/>`;
    back += `<rect x="0" y="${decimal(groundTopY - 6)}" width="${decimal(width)}" height="10" fill="${paint.glow(paint.accents[0])}" opacity="0.5"/>`;
    const main = scene.subjects[0];
    const pool = paint.glow('#fff3d6');
    back += `<ellipse cx="${decimal(main.x * width)}" cy="${decimal(context.groundY)}" rx="${decimal(width * 0.16)}" ry="${decimal(height * 0.05)}" ` +
      `fill="${defs.radial([[0, pool, 0.6], [1, pool, 0]])}"/>`;
    for (const x of [30, width - 150]) back += speaker(context, x, groundTopY + 30);
    return { back, front: crowd(context) + confetti(context) };
  },
};

function speaker(context: DrawContext, left: number, baseY: number): string {
  const { paint } = context;
  const box = paint.colour('#1b1722');
  const cone = paint.colour('#3b3547');
  return `<rect x="${decimal(left)}" y="${decimal(baseY - 220)}" width="120" height="220" rx="10" fill="${box}"/>` +
    `<circle cx="${decimal(left + 60)}" cy="${decimal(baseY - 160)}" r="32" fill="${cone}"/><circle cx="${decimal(left + 60)}" ` +
      `cy="${decimal(baseY - 62)}" r="42" fill="${cone}"/>`;
}

/** Heads and shoulders along the bottom edge; hands go up as the energy rises. */
function crowd(context: DrawContext): string {
  const { paint, width, height, scene } = context;
  const random = context.random('crowd');
  const colour = paint.colour('#0c0714');
  let people = '';
  for (let x = random.between(-20, 20); x < width + 40; x += random.between(55, 80)) {
    const headY = height - random.between(50, 80);
    people += `M${decimal(x - 34)} ${decimal(height + 10)}Q${decimal(x - 34)} ${decimal(headY + 24)} ${decimal(x)} ${decimal(headY + 22)}Q${decimal(x + 34)} ${decimal(headY + 24)} ${decimal(x + 34)} ${decimal(height + 10)}Z`;
    people += `M${decimal(x - 17)} ${decimal(headY)}a17 19 0 1 0 34 0a17 19 0 1 0 -34 0Z`;
    if (random.chance(scene.energy * 0.8)) {
      const side = random.pick([-1, 1]);
      people += `M${decimal(x + side * 20)} ${decimal(headY + 30)}L${decimal(x + side * 34)} ${decimal(headY - 50)}L${decimal(x + side * 44)} ${decimal(headY - 48)}L${decimal(x + side * 32)} ${decimal(headY + 34)}Z`;
    }
  }
  return `<path d="${people}" fill="${colour}"/>`;
}

function confetti(context: DrawContext): string {
  const { paint, width, height, scene } = context;
  if (scene.energy < 0.6) return '';
  const random = context.random('confetti');
  let markup = '';
  for (let index = 0; index < Math.round(scene.energy * 60); index += 1) {
    const x = random.between(0, width);
    const y = random.between(0, height * 0.8);
    markup += `<rect x="${decimal(x)}" y="${decimal(y)}" width="10" height="5" fill="${paint.glow(random.pick(paint.accents))}" ` +
      `transform="rotate(${Math.round(random.between(0, 180))} ${decimal(x)} ${decimal(y)})"/>`;
  }
  return markup;
}
