import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** A library: wall-to-wall wooden shelves full of coloured book spines, a tall arched window, a reading lamp and a red carpet. */
export const library: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY, scene } = context;
    const wood = paint.colour('#6b4529');
    let back = `<rect width="${decimal(width)}" height="${decimal(groundTopY + 5)}" fill="${paint.colour('#4a2f1c')}"/>`;
    const main = scene.subjects[0];
    const windowX = width / 2 + (main.x < 0.5 ? 1 : -1) * width * 0.18;
    const windowWidth = width * 0.14;
    for (let shelf = 0; shelf < 4; shelf += 1) {
      const bottom = 40 + ((groundTopY - 40) * (shelf + 1)) / 4;
      back += books(context, bottom, (groundTopY - 40) / 4 - 24, windowX, windowWidth, `books-${shelf}`);
      back += `<rect y="${decimal(bottom)}" width="${decimal(width)}" height="16" fill="${wood}"/>`;
    }
    let uprights = '';
    for (let x = 0; x < width; x += 260) uprights += `M${decimal(x)} 0V${decimal(groundTopY)}`;
    back += `<path d="${uprights}" stroke="${wood}" stroke-width="18"/>`;
    // A tall arched window breaks the shelves: light for reading.
    const top = height * 0.12;
    const pane = paint.isDark ? paint.glow('#2a3d78') : paint.glow('#cfe8f7');
    back += `<path d="M${decimal(windowX - windowWidth / 2)} ${decimal(groundTopY - 20)}V${decimal(top + windowWidth / 2)}a${decimal(windowWidth / 2)} ${decimal(windowWidth / 2)} 0 0 1 ${decimal(windowWidth)} 0V${decimal(groundTopY - 20)}Z" ` +
      `fill="${pane}" stroke="${wood}" stroke-width="14"/>` +
      `<path d="M${decimal(windowX)} ${decimal(top)}V${decimal(groundTopY - 20)}M${decimal(windowX - windowWidth / 2)} ${decimal((top + groundTopY) / 2)}h${decimal(windowWidth)}" stroke="${wood}" stroke-width="8"/>`;
    const light = paint.glow('#ffd58a');
    const lampX = windowX + (main.x < 0.5 ? 1 : -1) * width * 0.16;
    if (paint.isDark) back += `<circle cx="${decimal(lampX)}" cy="${decimal(groundTopY - 110)}" r="140" fill="${defs.radial([[0, light, 0.5], [1, light, 0]])}"/>`;
    back += `<path d="M${decimal(lampX)} ${decimal(groundTopY + 40)}V${decimal(groundTopY - 100)}" stroke="${paint.colour('#c9a35a')}" stroke-width="7"/>` +
      `<path d="M${decimal(lampX - 40)} ${decimal(groundTopY - 90)}L${decimal(lampX - 24)} ${decimal(groundTopY - 130)}H${decimal(lampX + 24)}L${decimal(lampX + 40)} ${decimal(groundTopY - 90)}Z" fill="${paint.colour('#2f7a4a')}"/>`;
    back += `<rect y="${decimal(groundTopY)}" width="${decimal(width)}" height="${decimal(height - groundTopY)}" fill="${defs.linear([[0, paint.colour('#8e2f2f')], [1, paint.colour('#6a1f24')]])}"/>`;
    back += `<rect x="${decimal(width * 0.1)}" y="${decimal(groundTopY + 40)}" width="${decimal(width * 0.8)}" height="${decimal(height - groundTopY - 60)}" fill="none" ` +
      `stroke="${paint.colour('#d9a94a')}" stroke-width="6" opacity="0.7"/>`;
    return { back, front: '' };
  },
};

/** One shelf of book spines standing on `bottom`, of varied heights and colours, leaving room for the window. */
function books(context: DrawContext, bottom: number, tallest: number, windowX: number, windowWidth: number, label: string): string {
  const { paint, width } = context;
  const random = context.random(label);
  const colours = ['#b03a2e', '#2e5c8a', '#3f7d4a', '#c99a3a', '#6a3f7d', '#e0e0d0'].map((hex) => paint.colour(hex));
  const byColour = new Map<string, string>();
  for (let x = 12; x < width; ) {
    const thick = random.between(16, 30);
    if (Math.abs(x - windowX) < windowWidth / 2 + 20) {
      x += thick;
      continue;
    }
    const tall = tallest * random.between(0.7, 1);
    const colour = random.pick(colours);
    byColour.set(colour, `${byColour.get(colour) ?? ''}M${decimal(x)} ${decimal(bottom)}v${decimal(-tall)}h${decimal(thick - 3)}v${decimal(tall)}Z`);
    x += thick;
  }
  return [...byColour].map(([colour, path]) => `<path d="${path}" fill="${colour}"/>`).join('');
}
