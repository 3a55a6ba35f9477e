import { placed } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';
import { windowOnTheSky } from './window-on-the-sky.ts';

/** A cosy bedroom: papered wall, a window onto the sky of the scene's time, a bed, a lamp, a rug on wooden boards. */
export const bedroom: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY, scene } = context;
    const random = context.random('bedroom');
    const wall = paint.colour(random.pick(['#f3e3cf', '#e4ecf7', '#f2dce6', '#e3f0e1']));
    let back = `<rect width="${decimal(width)}" height="${decimal(groundTopY + 5)}" fill="${wall}"/>`;
    const dot = paint.colour(paint.accents[2] ?? paint.accents[0]);
    const pattern = defs.add('wallpaper', (id) => `<pattern id="${id}" width="70" height="70" ` +
      `patternUnits="userSpaceOnUse"><circle cx="17" cy="17" r="5" fill="${dot}"/>` +
      `<circle cx="52" cy="52" r="5" fill="${dot}"/></pattern>`);
    back += `<rect width="${decimal(width)}" height="${decimal(groundTopY + 5)}" fill="${pattern}" opacity="0.25"/>`;
    const main = scene.subjects[0];
    const away = main.x < 0.5 ? 1 : -1;
    const windowX = width / 2 + away * width * 0.24;
    back += windowOnTheSky(context, windowX, height * 0.1, width * 0.2, height * 0.4);
    if (paint.isDark) back += `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${paint.glow('#ffb45c')}" opacity="0.06"/>`;
    const boards = defs.linear([[0, paint.colour('#c48a57')], [1, paint.colour('#9a6840')]]);
    back += `<rect x="0" y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${boards}"/>`;
    let seams = '';
    for (let y = groundTopY + 30; y < height; y += 40 + (y - groundTopY) * 0.2) seams += `M0 ${decimal(y)}H${decimal(width)}`;
    back += `<path d="${seams}" stroke="${paint.colour('#8a5a36')}" stroke-width="2.5" opacity="0.5"/>`;
    back += `<rect x="0" y="${decimal(groundTopY - 8)}" width="${decimal(width)}" height="14" fill="${paint.colour('#f7efe2')}"/>`;
    back += `<ellipse cx="${decimal(main.x * width)}" cy="${decimal(context.groundY + 5)}" rx="${decimal(width * 0.2)}" ry="${decimal(height * 0.06)}" ` +
      `fill="${paint.colour(paint.accents[0], 0.6)}" opacity="0.85"/>`;
    back += bed(context, windowX + away * width * 0.06, groundTopY + 70, height * 0.36, away);
    back += lamp(context, windowX - away * width * 0.17, groundTopY + 40);
    return { back, front: '' };
  },
};

/** A bed drawn head-end right, mirrored when it should face the other way; `size` units is its height scale. */
function bed(context: DrawContext, centreX: number, baseY: number, size: number, away: number): string {
  const { paint } = context;
  const wood = paint.colour('#b27a4b');
  let markup = `<rect x="75" y="-75" width="20" height="75" rx="8" fill="${wood}"/>`;
  markup += `<rect x="-95" y="-38" width="190" height="28" rx="6" fill="${paint.colour('#f7f3ea')}"/>`;
  markup += `<ellipse cx="55" cy="-42" rx="20" ry="9" fill="${paint.colour('#ffffff', 0.6)}"/>`;
  markup += `<path d="M-95 -40H35v34H-95Z" fill="${paint.colour(paint.accents[0], 0.7)}"/>`;
  markup += `<rect x="-100" y="-12" width="200" height="12" rx="4" fill="${wood}"/>`;
  return placed(centreX, baseY, size, `<g transform="scale(${away} 1)">${markup}</g>`);
}

function lamp(context: DrawContext, x: number, baseY: number): string {
  const { paint, defs } = context;
  const light = paint.glow('#ffd58a');
  let markup = `<rect x="-45" y="-90" width="90" height="90" rx="8" fill="${paint.colour('#c9925e')}"/>`;
  if (paint.isDark) markup += `<circle cy="-150" r="150" fill="${defs.radial([[0, light, 0.55], [1, light, 0]])}"/>`;
  markup += `<path d="M0 -90v-40" stroke="${paint.colour('#6b4a2f')}" stroke-width="6"/>`;
  markup += `<path d="M-34 -128L-20 -180H20L34 -128Z" fill="${paint.isDark ? light : paint.colour('#fbe7c3')}"/>`;
  return `<g transform="translate(${decimal(x)} ${decimal(baseY)})">${markup}</g>`;
}
