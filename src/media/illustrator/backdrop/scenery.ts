import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { circlesPath, decimal, precise } from '../svg-markup.ts';

// Props the settings scatter over their layers. Each is drawn in its own units (100 = its height,
// foot at the origin) and placed with a transform, so the shapes stay readable constants.

/** A group that puts a prop drawn in its own units at a foot point, `height` units tall. */
export function placed(x: number, baseY: number, height: number, markup: string): string {
  return `<g transform="translate(${decimal(x)} ${decimal(baseY)}) scale(${precise(height / 100)})">${markup}</g>`;
}

/** A pine of three stacked, slightly rounded tiers; `snow` caps each tier. */
export function pineTree(x: number, baseY: number, height: number, colour: string, snow?: string): string {
  let markup = `<g fill="${colour}"><rect x="-4" y="-20" width="8" height="20"/>`;
  let caps = '';
  for (let tier = 0; tier < 3; tier += 1) {
    const bottom = -12 - tier * 24;
    const top = bottom - 42;
    const half = 34 - tier * 8;
    markup += `<path d="M${-half} ${bottom}Q0 ${bottom + 5} ${half} ${bottom}L3 ${top}Q0 ${top - 3} -3 ${top}Z"/>`;
    if (snow) caps += `<path d="M${precise(-half * 0.45)} ${top + 24}L0 ${top}L${precise(half * 0.45)} ${top + 24}Q0 ${top + 18} ${precise(-half * 0.45)} ${top + 24}Z"/>`;
  }
  markup += '</g>';
  if (snow) markup += `<g fill="${snow}">${caps}</g>`;
  return placed(x, baseY, height, markup);
}

/** A round, leafy tree: a cluster of circles on a short trunk, lit from the upper left. */
export function roundTree(x: number, baseY: number, height: number, trunk: string, leaves: string, highlight: string, random: SeededRandom): string {
  const circles: Array<[number, number, number]> = [[0, -62, 30]];
  for (let index = 0; index < 4; index += 1) {
    const angle = (index / 4) * Math.PI * 2 + random.between(0, 1);
    circles.push([Math.cos(angle) * 18, -62 + Math.sin(angle) * 13.5, 30 * random.between(0.55, 0.75)]);
  }
  const markup =
    `<path d="M-5 0L-3.5 -62L3.5 -62L5 0Z" fill="${trunk}"/><path d="${circlesPath(circles)}" fill="${leaves}"/>` +
    `<circle cx="-10.5" cy="-72.5" r="12" fill="${highlight}" opacity="0.55"/>`;
  return placed(x, baseY, height, markup);
}

export function grassTuft(x: number, baseY: number, size: number, colour: string): string {
  const blades = 'M-15 0Q-20 -50 -50 -90M-4.5 0Q-6 -50 -15 -110M6 0Q8 -50 20 -90M15 0Q20 -50 50 -110';
  return placed(x, baseY, size, `<path d="${blades}" stroke="${colour}" stroke-width="12" stroke-linecap="round" fill="none"/>`);
}

/** A five-petal flower on a stem. */
export function flower(x: number, baseY: number, size: number, petal: string, centre: string, stem: string): string {
  const petals: Array<[number, number, number]> = [];
  for (let index = 0; index < 5; index += 1) {
    const angle = (index / 5) * Math.PI * 2 - Math.PI / 2;
    petals.push([Math.cos(angle) * 22, -100 + Math.sin(angle) * 22, 17]);
  }
  const markup = `<path d="M0 0V-100" stroke="${stem}" stroke-width="7"/><path d="${circlesPath(petals)}" fill="${petal}"/><circle cy="-100" r="12" fill="${centre}"/>`;
  return placed(x, baseY, size, markup);
}

/** A saguaro with one or two raised arms, all rounded. */
export function cactus(x: number, baseY: number, height: number, colour: string, random: SeededRandom): string {
  const armY = -random.between(40, 55);
  let arms = `M0 0V-90M0 ${precise(armY)}h-25v-25`;
  if (random.chance(0.7)) arms += `M0 ${precise(armY - 12)}h22v-20`;
  return placed(x, baseY, height, `<path d="${arms}" stroke="${colour}" stroke-width="20" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`);
}

/** A little house with a pitched roof, a chimney, a door and a window (yellow when lit). */
export function cottage(x: number, baseY: number, size: number, wall: string, roof: string, window: string, snow?: string): string {
  let markup = `<rect x="-50" y="-62" width="100" height="62" fill="${wall}"/>`;
  markup += `<rect x="17.5" y="-102" width="14" height="30" fill="${roof}"/>`;
  markup += `<path d="M-60 -59L0 -107L60 -59Z" fill="${roof}" stroke="${roof}" stroke-width="6" stroke-linejoin="round"/>`;
  if (snow) markup += `<path d="M-62.5 -58L0 -111L62.5 -58L45 -64L0 -95L-45 -64Z" fill="${snow}"/>`;
  markup += `<rect x="-35" y="-48" width="26" height="22" rx="3" fill="${window}"/>`;
  markup += `<rect x="6" y="-36" width="24" height="36" rx="10" fill="${roof}"/>`;
  return placed(x, baseY, size, markup);
}
