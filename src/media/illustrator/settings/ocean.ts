import { skyLightPlace } from '../backdrop/draw-sun-and-moon.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';
import { seaGlitter } from './sea-props.ts';

/** Water keeps more of its blue than the land at sunset and dusk: it reflects the sky. */
const waterExposure = 0.6;

/** The open sea: water to the horizon, light glittering on it, and a band of waves in front of whoever floats. */
export const ocean: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, waterY } = context;
    const random = context.random('ocean');
    const sea = defs.linear([[0, paint.haze('#3fa6db', 0.3)], [1, paint.colour('#1766a8', waterExposure)]]);
    let back = `<rect x="0" y="${decimal(horizonY)}" width="${decimal(width)}" height="${decimal(height - horizonY)}" fill="${sea}"/>`;
    if (random.chance(0.4)) {
      const x = random.between(0.1, 0.9) * width;
      back += `<path d="M${decimal(x - 90)} ${decimal(horizonY + 1)}Q${decimal(x)} ${decimal(horizonY - 28)} ${decimal(x + 90)} ${decimal(horizonY + 1)}Z" ` +
        `fill="${paint.haze('#4f7a6a', 0.6)}"/>`;
      back += `<rect x="${decimal(x - 6)}" y="${decimal(horizonY - 60)}" width="12" height="48" fill="${paint.haze('#f4f1ea', 0.5)}"/>` +
        `<rect x="${decimal(x - 6)}" y="${decimal(horizonY - 45)}" width="12" height="10" fill="${paint.haze('#e5484d', 0.5)}"/>`;
      if (paint.isDark) back += `<circle cx="${decimal(x)}" cy="${decimal(horizonY - 64)}" r="14" fill="${paint.glow('#fff1a8')}" opacity="0.8"/>`;
    }
    back += seaGlitter(context, skyLightPlace(context).x, horizonY, height);
    back += waveRows(context, horizonY + 12, waterY, 0.45);
    const front = waveBand(context, waterY, defs.linear([[0, paint.colour('#2a8fd0', waterExposure)], [1, paint.colour('#135a96', waterExposure)]])) + waveRows(context, waterY + 40, height, 0.5);
    return { back, front };
  },
};

/** Rows of small crests, bigger towards us. */
function waveRows(context: DrawContext, top: number, bottom: number, opacity: number): string {
  const random = context.random(`waves-${Math.round(top)}`);
  let crests = '';
  for (let y = top; y < bottom; y += 26 + (y - top) * 0.15) {
    const size = 8 + ((y - top) / Math.max(1, context.height - top)) * 30;
    for (let x = random.between(-40, 40); x < context.width; x += size * random.between(4, 8)) {
      crests += `M${decimal(x)} ${decimal(y)}q${decimal(size * 0.6)} ${decimal(-size * 0.45)} ${decimal(size * 1.2)} 0`;
    }
  }
  return `<path d="${crests}" stroke="${context.paint.colour('#dff6ff')}" stroke-width="2.6" fill="none" stroke-linecap="round" ` +
    `opacity="${opacity}"/>`;
}

/** The near water's wavy edge with a foam line, drawn over the lower part of floating subjects. */
function waveBand(context: DrawContext, top: number, fill: string): string {
  const { width, height, scene } = context;
  const swell = 10 + scene.energy * 16;
  const waveLength = 120 - scene.energy * 40;
  let edge = `M-20 ${decimal(top)}`;
  for (let x = -20; x < width + waveLength; x += waveLength) edge += `q${decimal(waveLength / 4)} ${decimal(-swell)} ${decimal(waveLength / 2)} 0t${decimal(waveLength / 2)} 0`;
  const band = `${edge}L${decimal(width + waveLength)} ${decimal(height + 10)}L-20 ${decimal(height + 10)}Z`;
  return `<path d="${band}" fill="${fill}" opacity="0.94"/>` +
    `<path d="${edge}" stroke="${context.paint.colour('#f2fbff')}" stroke-width="6" fill="none" stroke-linecap="round" opacity="0.85"/>`;
}
