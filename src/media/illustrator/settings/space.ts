import { drawStars } from '../backdrop/draw-stars.ts';
import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';
import type { SettingArtist } from './setting-artist.ts';

/** Outer space: deep gradient, glowing nebulae, stars, a ringed planet and smaller moons, a cratered horizon below. */
export const space: SettingArtist = {
  sky: 'own',
  draw(context) {
    const { paint, defs, width, height, scene } = context;
    const random = context.random('space');
    let back = `<rect width="${decimal(width)}" height="${decimal(height)}" ` +
      `fill="${defs.linear([[0, paint.glow('#080726')], [1, paint.glow('#2a1650')]])}"/>`;
    for (let index = 0; index < 3; index += 1) {
      const colour = paint.glow(paint.accents[index % paint.accents.length]);
      back += `<ellipse cx="${decimal(random.between(0, width))}" cy="${decimal(random.between(0, height * 0.7))}" ` +
        `rx="${decimal(random.between(200, 420))}" ry="${decimal(random.between(120, 260))}" ` +
        `fill="${defs.radial([[0, colour, 0.32], [1, colour, 0]])}"/>`;
    }
    back += drawStars(context, 0, height);
    const main = scene.subjects[0];
    const planetX = main.x < 0.5 ? width * random.between(0.7, 0.85) : width * random.between(0.15, 0.3);
    back += ringedPlanet(context, planetX, height * random.between(0.22, 0.35), height * random.between(0.09, 0.13));
    const moonColour = paint.glow(random.pick(['#f2b880', '#9ed8c9', '#e9a3c9']));
    const moonX = width - planetX + random.between(-80, 80);
    back += `<circle cx="${decimal(moonX)}" cy="${decimal(height * 0.16)}" r="${decimal(height * 0.035)}" fill="${moonColour}"/>`;
    if (scene.energy > 0.55) back += comet(context);
    const radius = width * 1.2;
    const groundTop = height * 0.9;
    back += `<circle cx="${decimal(width / 2)}" cy="${decimal(groundTop + radius)}" r="${decimal(radius)}" ` +
      `fill="${defs.linear([[0, paint.colour('#b9b3d6')], [0.05, paint.colour('#7d77a3')]])}"/>`;
    let craters = '';
    for (let index = 0; index < 6; index += 1) craters += `<ellipse cx="${decimal(random.between(0, width))}" ` +
      `cy="${decimal(random.between(groundTop + 25, height))}" rx="${decimal(random.between(20, 45))}" ry="${decimal(random.between(6, 12))}"/>`;
    back += `<g fill="${paint.colour('#6a648f')}">${craters}</g>`;
    return { back, front: '' };
  },
};

function ringedPlanet(context: DrawContext, x: number, y: number, radius: number): string {
  const { paint, defs } = context;
  const body = defs.radial([[0, paint.glow('#ffd1a1')], [1, paint.glow('#e0785a')]], [0.35, 0.35], 0.75);
  const ring = paint.glow('#f6e3b4');
  const tilt = `transform="rotate(-18 ${decimal(x)} ${decimal(y)})"`;
  // The ring's far half goes behind the planet, its near half in front.
  const back = `<path d="M${decimal(x - radius * 1.9)} ${decimal(y)}A${decimal(radius * 1.9)} ${decimal(radius * 0.45)} 0 0 1 ${decimal(x + radius * 1.9)} ${decimal(y)}" ` +
    `stroke="${ring}" stroke-width="${decimal(radius * 0.16)}" fill="none" ${tilt}/>`;
  const front = `<path d="M${decimal(x - radius * 1.9)} ${decimal(y)}A${decimal(radius * 1.9)} ${decimal(radius * 0.45)} 0 0 0 ${decimal(x + radius * 1.9)} ${decimal(y)}" ` +
    `stroke="${ring}" stroke-width="${decimal(radius * 0.16)}" fill="none" ${tilt}/>`;
  const bands = `<path d="M${decimal(x - radius * 0.95)} ${decimal(y - radius * 0.25)}h${decimal(radius * 1.9)}M${decimal(x - radius * 0.9)} ${decimal(y + radius * 0.35)}h${decimal(radius * 1.8)}" ` +
    `stroke="${paint.glow('#c9634a')}" stroke-width="${decimal(radius * 0.12)}" opacity="0.5" ${tilt}/>`;
  return back + `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius)}" fill="${body}"/>` + bands + front;
}

function comet(context: DrawContext): string {
  const { paint, defs, width, height } = context;
  const random = context.random('comet');
  const x = random.between(0.2, 0.8) * width;
  const y = random.between(0.08, 0.3) * height;
  const tail = defs.linear([[0, paint.glow('#ffffff'), 0], [1, paint.glow('#ffffff'), 0.8]], true);
  return `<path d="M${decimal(x - 220)} ${decimal(y - 90)}L${decimal(x)} ${decimal(y - 6)}L${decimal(x)} ${decimal(y + 6)}Z" fill="${tail}"/>` +
    `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="8" fill="${paint.glow('#ffffff')}"/>`;
}
