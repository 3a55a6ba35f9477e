import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** Inside a cave: dark rock, a pale mouth of daylight far behind, stalactites above, stalagmites and glowing crystals below. */
export const cave: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY } = context;
    const random = context.random('cave');
    let back = `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${defs.linear([[0, paint.colour('#2a2238')], [1, paint.colour('#4a3d5a')]])}"/>`;
    // The way out, far back: an arch of light that makes the rest read as inside.
    const mouthX = width * random.between(0.4, 0.6);
    const mouth = paint.glow(paint.isDark ? '#5b6aa8' : '#cfe3f0');
    back += `<path d="M${decimal(mouthX - 130)} ${decimal(horizonY + 40)}Q${decimal(mouthX - 120)} ${decimal(horizonY - 200)} ${decimal(mouthX)} ${decimal(horizonY - 210)}` +
      `Q${decimal(mouthX + 120)} ${decimal(horizonY - 200)} ${decimal(mouthX + 130)} ${decimal(horizonY + 40)}Z" fill="${mouth}" opacity="0.8"/>`;
    const far = ridge(context, random, { baseY: horizonY + 40, amplitude: 30, bumps: 3 });
    back += `<path d="${far.path}" fill="${paint.colour('#3b3149')}"/>`;
    back += spikes(context, 0, -1, random.between(70, 110), paint.colour('#3a2f48'));
    const floor = ridge(context, random, { baseY: groundTopY, amplitude: 16, bumps: 2, smoothness: 1 });
    back += `<path d="${floor.path}" fill="${defs.linear([[0, paint.colour('#5a4a66')], [1, paint.colour('#332a3e')]])}"/>`;
    back += spikes(context, groundTopY + 10, 1, random.between(140, 220), paint.colour('#4a3d58'));
    for (let index = 0; index < 4; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      back += crystals(context, x, floor.heightAt(x) + random.between(20, 60), random.between(80, 140));
    }
    return { back, front: spikes(context, 0, -1, 40, paint.colour('#1f1828')) };
  },
};

/** A row of stone spikes: hanging from the ceiling (`direction` -1) or rising from the floor (1). */
function spikes(context: DrawContext, baseY: number, direction: 1 | -1, spacing: number, colour: string): string {
  const random = context.random(`spikes-${baseY}-${spacing}`);
  let path = '';
  for (let x = random.between(-20, spacing); x < context.width + 20; x += spacing * random.between(0.7, 1.4)) {
    const half = random.between(14, 34);
    const length = random.between(50, direction < 0 ? 200 : 120);
    const base = direction < 0 ? baseY : baseY + random.between(-40, 20);
    path += `M${decimal(x - half)} ${decimal(base)}Q${decimal(x - half * 0.2)} ${decimal(base - direction * length * 0.6)} ${decimal(x)} ${decimal(base - direction * length)}` +
      `Q${decimal(x + half * 0.2)} ${decimal(base - direction * length * 0.6)} ${decimal(x + half)} ${decimal(base)}Z`;
  }
  return `<path d="${path}" fill="${colour}"/>`;
}

/** A cluster of faceted crystals in an accent colour, with a soft glow in the dark. */
function crystals(context: DrawContext, x: number, baseY: number, size: number): string {
  const { paint, defs } = context;
  const random = context.random(`crystals-${Math.round(x)}`);
  const colour = paint.glow(random.pick(paint.accents));
  let markup = `<ellipse cx="${decimal(x)}" cy="${decimal(baseY - size * 0.5)}" rx="${decimal(size * 1.4)}" ry="${decimal(size)}" fill="${defs.radial([[0, colour, 0.45], [1, colour, 0]])}"/>`;
  for (const [offset, tilt, scale] of [[0, 0, 1], [-0.3, -22, 0.7], [0.32, 25, 0.6]] as const) {
    const half = size * 0.16 * scale;
    const tall = size * scale;
    markup += `<path d="M${decimal(-half)} 0V${decimal(-tall * 0.75)}L0 ${decimal(-tall)}L${decimal(half)} ${decimal(-tall * 0.75)}V0Z" fill="${colour}" ` +
      `transform="translate(${decimal(x + offset * size)} ${decimal(baseY)}) rotate(${tilt})"/>`;
  }
  return markup + `<path d="M${decimal(x - size * 0.04)} ${decimal(baseY - size * 0.2)}v${decimal(-size * 0.6)}" stroke="#ffffff" stroke-opacity="0.5" stroke-width="4"/>`;
}
