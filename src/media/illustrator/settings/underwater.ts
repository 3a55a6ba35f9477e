import { ridge } from '../backdrop/ridge.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** Under the sea: light shafts from the surface, far reefs in the blue, a sandy floor with seaweed and coral, bubbles. */
export const underwater: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, groundTopY } = context;
    const random = context.random('underwater');
    const deep = paint.colour('#0f4c81');
    const water = defs.linear([[0, paint.colour('#5fd0e6', 0.6)], [0.6, paint.colour('#2a8fc0')], [1, deep]]);
    let back = `<rect width="${decimal(width)}" height="${decimal(height)}" fill="${water}"/>`;
    let surface = 'M0 24';
    for (let x = 0; x < width; x += 60) surface += `q15 -10 30 0t30 0`;
    back += `<path d="${surface}" stroke="${paint.glow('#e6fbff')}" stroke-width="5" fill="none" opacity="0.5"/>`;
    const shaft = paint.glow('#ffffff');
    const shaftFill = defs.linear([[0, shaft, 0.28], [1, shaft, 0]]);
    for (let index = 0; index < 5; index += 1) {
      const x = random.between(0, width);
      const spread = random.between(30, 70);
      const lean = random.between(-120, 120);
      back += `<path d="M${decimal(x - spread / 3)} 0L${decimal(x + spread / 3)} 0L${decimal(x + lean + spread * 1.4)} ${decimal(groundTopY)}L${decimal(x + lean - spread * 1.4)} ${decimal(groundTopY)}Z" ` +
        `fill="${shaftFill}"/>`;
    }
    const reef = ridge(context, random, { baseY: groundTopY - 110, amplitude: 60, bumps: 3 });
    back += `<path d="${reef.path}" fill="${paint.colour('#2a6f99')}" opacity="0.6"/>`;
    back += distantFish(context);
    const floor = ridge(context, random, { baseY: groundTopY, amplitude: 18, bumps: 2, smoothness: 1 });
    back += `<path d="${floor.path}" fill="${defs.linear([[0, paint.colour('#e6cf98')], [1, paint.colour('#b99660')]])}"/>`;
    const weed = paint.colour('#3fa35a');
    for (let x = random.between(0, 80); x < width; x += random.between(70, 160)) back += seaweed(x, floor.heightAt(x) + 20, random.between(120, 260), weed);
    for (let index = 0; index < 3; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      back += coral(x, floor.heightAt(x) + 30, random.between(70, 120), paint.colour(random.pick(paint.accents), 0.6));
    }
    return { back, front: bubbles(context) };
  },
};

function seaweed(x: number, baseY: number, height: number, colour: string): string {
  let path = `M${decimal(x)} ${decimal(baseY)}`;
  for (let step = 1; step <= 4; step += 1) path += `Q${decimal(x + (step % 2 === 0 ? -18 : 18))} ${decimal(baseY - (height * (step - 0.5)) / 4)} ${decimal(x)} ${decimal(baseY - (height * step) / 4)}`;
  return `<path d="${path}" stroke="${colour}" stroke-width="12" fill="none" stroke-linecap="round"/>`;
}

/** A branching coral: round-capped strokes forking upwards. */
function coral(x: number, baseY: number, height: number, colour: string): string {
  const branches = `M${decimal(x)} ${decimal(baseY)}V${decimal(baseY - height * 0.55)}M${decimal(x)} ${decimal(baseY - height * 0.3)}Q${decimal(x - height * 0.35)} ${decimal(baseY - height * 0.35)} ${decimal(x - height * 0.35)} ${decimal(baseY - height * 0.8)}M${decimal(x)} ${decimal(baseY - height * 0.45)}Q${decimal(x + height * 0.3)} ${decimal(baseY - height * 0.5)} ${decimal(x + height * 0.3)} ${decimal(baseY - height)}M${decimal(x)} ${decimal(baseY - height * 0.55)}V${decimal(baseY - height * 0.9)}`;
  return `<path d="${branches}" stroke="${colour}" stroke-width="${decimal(height * 0.12)}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function distantFish(context: DrawContext): string {
  const random = context.random('distant-fish');
  let path = '';
  for (let index = 0; index < 7; index += 1) {
    const x = random.between(0, context.width);
    const y = random.between(context.height * 0.15, context.groundTopY - 120);
    const size = random.between(10, 18);
    const way = random.pick([-1, 1]);
    path += `M${decimal(x)} ${decimal(y)}a${decimal(size)} ${decimal(size * 0.55)} 0 1 0 0.1 0ZM${decimal(x - way * size)} ${decimal(y)}l${decimal(-way * size * 0.8)} ${decimal(-size * 0.5)}v${decimal(size)}Z`;
  }
  return `<path d="${path}" fill="${context.paint.colour('#1f5f8a')}" opacity="0.55"/>`;
}

function bubbles(context: DrawContext): string {
  const random = context.random('bubbles');
  let markup = '';
  for (let index = 0; index < Math.round(context.width / 60); index += 1) {
    markup += `<circle cx="${decimal(random.between(0, context.width))}" cy="${decimal(random.between(0, context.height))}" ` +
      `r="${decimal(random.between(4, 14))}"/>`;
  }
  return `<g fill="none" stroke="${context.paint.glow('#e6fbff')}" stroke-width="2.5" opacity="0.6">${markup}</g>`;
}
