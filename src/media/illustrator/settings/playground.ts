import { ridge } from '../backdrop/ridge.ts';
import { placed, roundTree } from '../backdrop/scenery.ts';
import { decimal } from '../svg-markup.ts';
import { groundFill, type SettingArtist } from './setting-artist.ts';

/** A park playground: round trees beyond, a swing set and a slide in bright colours, a sandpit on the grass. */
export const playground: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('playground');
    const far = ridge(context, random, { baseY: horizonY + 40, amplitude: 20, bumps: 2, smoothness: 1 });
    let back = `<path d="${far.path}" fill="${paint.haze('#8cc36a', 0.45)}"/>`;
    for (let x = random.between(0, 80); x < width; x += random.between(140, 240)) {
      back += roundTree(x, far.heightAt(x) + 30, random.between(110, 170), paint.haze('#7a5236', 0.35), paint.haze('#4f9a45', 0.35), paint.haze('#8cc56a', 0.35), random);
    }
    const ground = ridge(context, random, { baseY: groundTopY - 30, amplitude: 8, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#7cc35e')}"/>`;
    const main = scene.subjects[0];
    const away = main.x < 0.5 ? 1 : -1;
    const [red, blue, yellow] = ['#e5484d', '#3d7fd6', '#f2c230'].map((hex) => paint.colour(hex));
    // A swing set: an A-frame with two seats on chains.
    const swings = `<path d="M-120 0L-90 -160M-60 0L-90 -160M60 0L90 -160M120 0L90 -160" stroke="${blue}" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M-100 -160H100" stroke="${red}" stroke-width="12" stroke-linecap="round"/>` +
      `<path d="M-55 -160V-50M-15 -160V-50M20 -160V-60M60 -160V-60" stroke="${paint.colour('#6b717d')}" stroke-width="3"/>` +
      `<rect x="-62" y="-52" width="54" height="10" rx="4" fill="${yellow}"/><rect x="13" y="-62" width="54" height="10" rx="4" fill="${yellow}"/>`;
    back += placed(width / 2 + away * width * 0.3, groundTopY + 10, height * 0.34, swings);
    // A slide: ladder up one side, chute down the other.
    const slide = `<path d="M-70 0V-130M-40 0V-130" stroke="${blue}" stroke-width="8"/>` +
      `<path d="M-70 -20h30M-70 -50h30M-70 -80h30M-70 -110h30" stroke="${blue}" stroke-width="6"/>` +
      `<rect x="-78" y="-140" width="46" height="14" rx="4" fill="${red}"/>` +
      `<path d="M-40 -138Q20 -120 50 -20Q60 0 90 0" stroke="${yellow}" stroke-width="18" fill="none" stroke-linecap="round"/>`;
    back += placed(width / 2 - away * width * 0.02 + away * width * 0.06, groundTopY - 10, height * 0.3, `<g transform="scale(${away} 1)">${slide}</g>`);
    const pitX = width / 2 + away * width * 0.15;
    back += `<ellipse cx="${decimal(pitX)}" cy="${decimal(groundTopY + 90)}" rx="150" ry="36" fill="${paint.colour('#a8723e')}"/>` +
      `<ellipse cx="${decimal(pitX)}" cy="${decimal(groundTopY + 88)}" rx="136" ry="28" fill="${paint.colour('#f0d49a')}"/>` +
      `<path d="M${decimal(pitX + 40)} ${decimal(groundTopY + 84)}l20 -22h16l6 22Z" fill="${red}"/>`;
    return { back, front: '' };
  },
};
