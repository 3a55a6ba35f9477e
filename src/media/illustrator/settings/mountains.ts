import { ridge, type Ridge } from '../backdrop/ridge.ts';
import { grassTuft, pineTree } from '../backdrop/scenery.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import { fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/** Two ranges of snow-capped peaks, an alpine slope with pines, and a grassy rise where the subjects stand. */
export const mountains: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('mountains');
    const sharpness = 0.25 - scene.energy * 0.2;
    const far = ridge(context, random, { baseY: horizonY - 130, amplitude: 120, bumps: 3, smoothness: sharpness });
    let back = peaks(context, far, paint.haze('#7b88b5', 0.55), paint.haze('#ffffff', 0.35), horizonY - 200);
    back += fogBetween(context, horizonY - 20);
    const near = ridge(context, random, { baseY: horizonY - 20, amplitude: 80, bumps: 4, smoothness: sharpness + 0.1 });
    back += peaks(context, near, paint.haze('#5e6d94', 0.3), paint.haze('#f4f8fc', 0.2), horizonY - 70);
    back += fogBetween(context, horizonY + 60);
    const slope = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 30, amplitude: 30, bumps: 2 });
    back += `<path d="${slope.path}" fill="${paint.haze(scene.weather === 'snow' ? '#e3ebf4' : '#5d8f55', 0.2)}"/>`;
    const pine = paint.haze('#2f5f45', 0.2);
    for (let x = random.between(0, 80); x < width; x += random.between(60, 160)) back += pineTree(x, slope.heightAt(x) + 20, random.between(60, 120), pine, scene.weather === 'snow' ? paint.colour('#f4f8fc') : undefined);
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 18, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#77a85a')}"/>`;
    const rock = paint.colour('#8a8f9e');
    for (let index = 0; index < 3; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      const y = random.between(ground.heightAt(x) + 30, height - 10);
      const size = random.between(16, 34);
      back += `<path d="M${decimal(x - size)} ${decimal(y)}Q${decimal(x - size * 0.8)} ${decimal(y - size * 0.9)} ${decimal(x)} ${decimal(y - size)}Q${decimal(x + size * 0.9)} ${decimal(y - size * 0.7)} ${decimal(x + size)} ${decimal(y)}Z" ` +
        `fill="${rock}"/>`;
    }
    let front = '';
    const tuft = paint.colour(scene.weather === 'snow' ? '#dfe8f1' : '#4c8c3c');
    for (let x = random.between(0, 80); x < width; x += random.between(100, 200)) front += grassTuft(x, height + 4, random.between(28, 44), tuft);
    return { back, front };
  },
};

/** A range of peaks with snow above `snowLine`, cut to the range's own outline. */
function peaks(context: DrawContext, range: Ridge, rock: string, snow: string, snowLine: number): string {
  const clip = context.defs.add('peaks', (id) => `<clipPath id="${id}"><path d="${range.path}"/></clipPath>`);
  let zigzag = `M-60 ${decimal(snowLine)}`;
  for (let x = -60; x < context.width + 60; x += 40) zigzag += `L${decimal(x + 20)} ${decimal(snowLine + 22)}L${decimal(x + 40)} ${decimal(snowLine)}`;
  zigzag += 'L' + `${decimal(context.width + 60)} -10L-60 -10Z`;
  return `<path d="${range.path}" fill="${rock}"/><path d="${zigzag}" fill="${snow}" clip-path="${clip}"/>`;
}
