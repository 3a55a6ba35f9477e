import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** A harbour: a row of colourful houses along the far quay, a lighthouse on the breakwater, moored boats and a stone quay in front. */
export const harbour: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, defs, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('harbour');
    const water = defs.linear([[0, paint.haze('#3f8fbf', 0.3)], [1, paint.colour('#1f5f8a', 0.6)]]);
    let back = `<rect y="${decimal(horizonY)}" width="${decimal(width)}" height="${decimal(height - horizonY)}" fill="${water}"/>`;
    const main = scene.subjects[0];
    const townSide = main.x < 0.5 ? 1 : -1;
    // Houses crowd one side of the far quay; a breakwater with a lighthouse runs out on the other.
    const townLeft = townSide > 0 ? width * 0.45 : -20;
    const townRight = townSide > 0 ? width + 20 : width * 0.55;
    back += `<rect x="${decimal(townLeft)}" y="${decimal(horizonY - 10)}" width="${decimal(townRight - townLeft)}" height="24" fill="${paint.haze('#8a8f99', 0.4)}"/>`;
    const houseColours = ['#e5484d', '#f2c230', '#3d9fd6', '#f7f3ea', '#5fbf8a', '#f28c5a'];
    for (let x = townLeft; x < townRight - 40; ) {
      const houseWidth = random.between(50, 80);
      const houseHeight = random.between(60, 110);
      const wall = paint.haze(random.pick(houseColours), 0.35);
      const roofY = horizonY - 10 - houseHeight;
      back += `<rect x="${decimal(x)}" y="${decimal(roofY)}" width="${decimal(houseWidth)}" height="${decimal(houseHeight)}" fill="${wall}"/>` +
        `<path d="M${decimal(x - 4)} ${decimal(roofY)}L${decimal(x + houseWidth / 2)} ${decimal(roofY - 26)}L${decimal(x + houseWidth + 4)} ${decimal(roofY)}Z" fill="${paint.haze('#8a4a3a', 0.35)}"/>` +
        `<rect x="${decimal(x + houseWidth * 0.35)}" y="${decimal(roofY + 18)}" width="${decimal(houseWidth * 0.3)}" height="20" fill="${paint.isDark ? paint.glow('#ffd98a') : paint.haze('#4a5a6a', 0.35)}"/>`;
      x += houseWidth + 2;
    }
    const wallEnd = width / 2 - townSide * width * 0.12;
    const wallStart = townSide > 0 ? -20 : width + 20;
    back += `<path d="M${decimal(wallStart)} ${decimal(horizonY + 30)}L${decimal(wallEnd)} ${decimal(horizonY + 30)}v-24H${decimal(wallStart)}Z" fill="${paint.haze('#8a8f99', 0.3)}"/>`;
    back += `<rect x="${decimal(wallEnd - 30)}" y="${decimal(horizonY - 130)}" width="26" height="130" fill="${paint.haze('#f7f3ea', 0.3)}"/>` +
      `<rect x="${decimal(wallEnd - 30)}" y="${decimal(horizonY - 100)}" width="26" height="24" fill="${paint.haze('#e5484d', 0.3)}"/>` +
      `<rect x="${decimal(wallEnd - 34)}" y="${decimal(horizonY - 150)}" width="34" height="20" fill="${paint.isDark ? paint.glow('#fff1a8') : paint.haze('#f2c230', 0.3)}"/>`;
    for (let index = 0; index < 3; index += 1) {
      const x = width * (0.15 + index * 0.32) + random.between(-40, 40);
      back += mooredBoat(context, x, horizonY + 90 + index * 25 + random.between(0, 30), random.between(0.8, 1.2), random.pick(houseColours));
    }
    const quay = groundTopY + 10;
    back += `<rect y="${decimal(quay)}" width="${decimal(width)}" height="${decimal(height - quay)}" fill="${paint.colour('#9a9488')}"/>`;
    let blocks = '';
    for (let y = quay + 20; y < height; y += 40) for (let x = (y / 40) % 2 === 0 ? 0 : -50; x < width; x += 100) blocks += `M${decimal(x)} ${decimal(y)}h96`;
    back += `<path d="${blocks}" stroke="${paint.colour('#7d776c')}" stroke-width="3"/>`;
    back += `<rect y="${decimal(quay - 8)}" width="${decimal(width)}" height="16" fill="${paint.colour('#b8b2a5')}"/>`;
    for (let x = random.between(60, 140); x < width; x += random.between(260, 360)) {
      if (Math.abs(x - main.x * width) < width * 0.1) continue;
      back += `<rect x="${decimal(x - 16)}" y="${decimal(quay - 40)}" width="32" height="40" rx="10" fill="${paint.colour('#3b4150')}"/>` +
        `<path d="M${decimal(x + 16)} ${decimal(quay - 24)}q40 30 80 40" stroke="${paint.colour('#d9c89a')}" stroke-width="5" fill="none"/>`;
    }
    return { back, front: '' };
  },
};

function mooredBoat(context: DrawContext, x: number, y: number, scale: number, colour: string): string {
  const { paint } = context;
  const hull = `M${decimal(x - 60 * scale)} ${decimal(y - 20 * scale)}h${decimal(120 * scale)}l${decimal(-20 * scale)} ${decimal(24 * scale)}h${decimal(-80 * scale)}Z`;
  return `<path d="${hull}" fill="${paint.colour(colour, 0.8)}"/>` +
    `<path d="M${decimal(x)} ${decimal(y - 20 * scale)}v${decimal(-110 * scale)}" stroke="${paint.colour('#6b4a2f')}" stroke-width="4"/>` +
    `<rect x="${decimal(x - 24 * scale)}" y="${decimal(y - 40 * scale)}" width="${decimal(30 * scale)}" height="${decimal(20 * scale)}" fill="${paint.colour('#f7f3ea')}"/>` +
    `<path d="M${decimal(x - 70 * scale)} ${decimal(y + 8 * scale)}h${decimal(140 * scale)}" stroke="${paint.glow('#eaf6ff')}" stroke-width="3" opacity="0.5"/>`;
}
