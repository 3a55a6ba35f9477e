import type { DrawContext } from '../draw-context.ts';
import { decimal } from '../svg-markup.ts';

export interface SkyLightPlace {
  x: number;
  y: number;
  radius: number;
}

/** The sun or moon sits across the picture from the main subject, low at dawn and sunset. */
export function skyLightPlace(context: DrawContext): SkyLightPlace {
  const { scene, width, height, horizonY } = context;
  const random = context.random('sky-light');
  const main = scene.subjects[0];
  const side = main.x < 0.5 ? random.between(0.68, 0.84) : main.x > 0.5 ? random.between(0.16, 0.32) : random.pick([0.2, 0.8]);
  const low = scene.timeOfDay === 'dawn' || scene.timeOfDay === 'sunset';
  const radius = height * (low ? 0.1 : scene.timeOfDay === 'day' ? 0.07 : 0.055);
  const y = low ? horizonY - radius * 0.25 : height * random.between(0.13, 0.2);
  return { x: width * side, y, radius };
}

export function drawSunAndMoon(context: DrawContext): string {
  const { scene } = context;
  // A moon subject is the moon: a second one in the sky would be odd.
  if (scene.subjects.some((subject) => subject.kind === 'moon')) return '';
  if (scene.weather === 'rain') return '';
  const place = skyLightPlace(context);
  return scene.timeOfDay === 'dusk' || scene.timeOfDay === 'night' ? drawMoon(context, place) : drawSun(context, place);
}

const sunColours = { dawn: ['#ffc27a', '#ffe2b0'], day: ['#ffd84d', '#fff3b0'], sunset: ['#ff8a4c', '#ffbe7a'] } as const;

function drawSun(context: DrawContext, { x, y, radius }: SkyLightPlace): string {
  const { scene, paint, defs } = context;
  const [discColour, glowColour] = sunColours[scene.timeOfDay as keyof typeof sunColours].map((colour) => paint.glow(colour));
  const faint = scene.weather === 'fog' ? ' opacity="0.55"' : '';
  const glow = defs.radial([[0, glowColour, 0.75], [0.35, glowColour, 0.3], [1, glowColour, 0]]);
  const disc = defs.radial([[0, paint.glow('#fffbe6')], [0.7, discColour], [1, discColour]], [0.4, 0.4], 0.65);
  let rays = '';
  if (scene.timeOfDay === 'day' && scene.weather !== 'fog') {
    // More and sharper rays as the energy rises: the sun is the picture's metronome.
    const count = 8 + Math.round(scene.energy * 10);
    const sharp = scene.energy > 0.6;
    const reach = radius * (1.55 + scene.energy * 0.6);
    for (let index = 0; index < count; index += 1) {
      const angle = (index / count) * Math.PI * 2;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      if (sharp) {
        const spread = Math.PI / count / 2.2;
        const base = radius * 1.18;
        rays += `<path d="M${decimal(x + Math.cos(angle - spread) * base)} ${decimal(y + Math.sin(angle - spread) * base)}L${decimal(x + cos * reach)} ${decimal(y + sin * reach)}L${decimal(x + Math.cos(angle + spread) * base)} ${decimal(y + Math.sin(angle + spread) * base)}Z"/>`;
      } else {
        rays += `<path d="M${decimal(x + cos * radius * 1.3)} ${decimal(y + sin * radius * 1.3)}L${decimal(x + cos * reach)} ${decimal(y + sin * reach)}"/>`;
      }
    }
    rays = sharp
      ? `<g fill="${discColour}" opacity="0.85">${rays}</g>`
      : `<g stroke="${discColour}" stroke-width="${decimal(radius * 0.16)}" stroke-linecap="round" opacity="0.8">${rays}</g>`;
  }
  const halo = `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius * 3.4)}" fill="${glow}"/>`;
  const sun = `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius)}" fill="${disc}"/>`;
  return `<g${faint}>${halo}${rays}${sun}</g>`;
}

function drawMoon(context: DrawContext, { x, y, radius }: SkyLightPlace): string {
  const { paint, defs } = context;
  const light = paint.glow('#fff4c7');
  const glow = defs.radial([[0, light, 0.45], [0.3, light, 0.15], [1, light, 0]]);
  const halo = `<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius * 3.6)}" fill="${glow}"/>`;
  if (context.random('moon-shape').chance(0.5)) {
    const craters = [[-0.3, -0.25, 0.22], [0.35, 0.1, 0.16], [-0.05, 0.42, 0.12]]
      .map(([dx, dy, size]) => `<circle cx="${decimal(x + dx * radius)}" cy="${decimal(y + dy * radius)}" r="${decimal(size * radius)}"/>`)
      .join('');
    return `${halo}<circle cx="${decimal(x)}" cy="${decimal(y)}" r="${decimal(radius)}" fill="${light}"/><g fill="${paint.glow('#e8dca8')}">${craters}</g>`;
  }
  return `${halo}<g transform="translate(${decimal(x)} ${decimal(y)}) rotate(-25)"><path d="${crescentPath(radius)}" fill="${light}"/></g>`;
}

/** A crescent: the outer circle's arc on the left, then the arc of a circle shifted right that bites it. */
export function crescentPath(radius: number): string {
  const offset = radius * 0.45;
  const biteRadius = radius * 0.9;
  const meetX = (offset * offset + radius * radius - biteRadius * biteRadius) / (2 * offset);
  const meetY = Math.sqrt(radius * radius - meetX * meetX);
  return `M${decimal(meetX)} ${decimal(-meetY)}A${decimal(radius)} ${decimal(radius)} 0 1 0 ${decimal(meetX)} ${decimal(meetY)}A${decimal(biteRadius)} ${decimal(biteRadius)} 0 0 1 ${decimal(meetX)} ${decimal(-meetY)}Z`;
}
