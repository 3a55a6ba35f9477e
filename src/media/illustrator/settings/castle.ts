import { ridge } from '../backdrop/ridge.ts';
import { grassTuft, placed } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { flowersOnTheGround, fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** A fairy-tale castle on a hill across from the main subject, a winding path, and a flowery green. */
export const castle: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('castle');
    const far = ridge(context, random, { baseY: horizonY + 20, amplitude: 30, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#7fae7a', 0.55)}"/>`;
    back += fogBetween(context, horizonY + 40);
    const main = scene.subjects[0];
    const wanted = main.x < 0.5 ? width * random.between(0.68, 0.8) : main.x > 0.5 ? width * random.between(0.2, 0.32) : width * random.pick([0.2, 0.8]);
    // The whole castle stays in the picture, even a square one: its towers reach 0.26 of the picture's height either side.
    const castleX = Math.min(width - height * 0.27, Math.max(height * 0.27, wanted));
    const hillY = (horizonY + groundTopY) / 2 + 10;
    back += castleBuilding(context, castleX, hillY + 10, height * 0.42);
    const hill = `M-40 ${decimal(hillY + 40)}Q${decimal(castleX)} ${decimal(hillY - 40)} ${decimal(width + 40)} ${decimal(hillY + 40)}L${decimal(width + 40)} ${decimal(height)}L-40 ${decimal(height)}Z`;
    back += `<path d="${hill}" fill="${paint.haze(scene.weather === 'snow' ? '#e3ebf4' : '#6aa653', 0.25)}"/>`;
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 12, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#79b85a')}"/>`;
    // A path from the foreground winding up towards the gate.
    back += `<path d="M${decimal(width * 0.5 - 60)} ${decimal(height + 10)}C${decimal(width * 0.5)} ${decimal(groundTopY + 60)} ${decimal(castleX - 40)} ${decimal(groundTopY + 10)} ${decimal(castleX - 8)} ${decimal(hillY + 12)}L${decimal(castleX + 8)} ${decimal(hillY + 12)}C${decimal(castleX - 10)} ${decimal(groundTopY + 20)} ${decimal(width * 0.5 + 60)} ${decimal(groundTopY + 70)} ${decimal(width * 0.5 + 80)} ${decimal(height + 10)}Z" ` +
      `fill="${paint.colour('#e8d3a6')}" opacity="0.9"/>`;
    back += flowersOnTheGround(context, random, { spacing: 90, topAt: () => groundTopY + 30, base: 14, growth: 20 });
    let front = '';
    for (let x = random.between(0, 60); x < width; x += random.between(100, 190)) front += grassTuft(x, height + 4, random.between(30, 46), paint.colour(scene.weather === 'snow' ? '#dfe8f1' : '#4c8c3c'));
    return { back, front };
  },
};

/** Curtain wall with battlements, a keep and two round towers with pointed roofs and pennants; 100 units tall. */
function castleBuilding(context: DrawContext, x: number, baseY: number, size: number): string {
  const { paint } = context;
  const stone = paint.haze('#d3cadf', 0.25);
  const shadow = paint.haze('#b5aac6', 0.25);
  const roof = paint.haze(paint.accents[1] ?? '#8e9bff', 0.2);
  const pennant = paint.haze(paint.accents[0], 0.2);
  const window = paint.isDark ? paint.glow('#ffd66b') : paint.haze('#6b6f8a', 0.25);
  let battlements = '';
  for (let left = -45; left < 45; left += 12) battlements += `M${left} -52h7v8h-7Z`;
  let keepTop = '';
  for (let left = -16; left < 16; left += 10) keepTop += `M${left} -84h6v7h-6Z`;
  let markup = `<path d="M-45 -45h90v45h-90Z${battlements}" fill="${stone}"/>`;
  markup += `<path d="M-16 -78h32v78h-32Z${keepTop}" fill="${shadow}"/>`;
  for (const side of [-1, 1]) {
    markup += `<g transform="scale(${side} 1)">`;
    markup += `<rect x="37" y="-70" width="22" height="70" fill="${stone}"/><path d="M33 -70L48 -102L63 -70Z" fill="${roof}"/>`;
    markup += `<path d="M48 -102v-12l10 4l-10 4" fill="${pennant}" stroke="${stone}"/><rect x="45" y="-52" width="6" height="10" fill="${window}"/>`;
    markup += '</g>';
  }
  markup += `<path d="M-8 0v-14a8 8 0 0 1 16 0v14Z" fill="${paint.haze('#5a4636', 0.25)}"/><rect x="-4" y="-64" width="8" height="12" fill="${window}"/>`;
  return placed(x, baseY, size, markup);
}
