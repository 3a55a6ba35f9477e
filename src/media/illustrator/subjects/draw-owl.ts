import type { SceneSubject } from '../scene-description.ts';
import { decimal } from '../svg-markup.ts';
import { sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** An owl: an egg of a body, ear tufts, a heart-shaped face of two big eye discs and a little beak. */
export function drawOwl(subject: SceneSubject, style: SubjectStyle): string {
  const asleep = subject.pose === 'sleeping' || subject.expression === 'sleepy';
  let markup = '';
  for (const side of [-1, 1]) {
    markup += `<path d="M${decimal(side * 14)} -70L${decimal(side * 26)} -92L${decimal(side * 28)} -64Z" ${style.shape(style.dark)}/>`;
    markup += `<ellipse cx="${decimal(side * 29)}" cy="-38" rx="10" ry="24" ` +
      `transform="rotate(${side * -12} ${decimal(side * 29)} -38)" ${style.shape(style.dark)}/>`;
  }
  markup += `<ellipse cx="0" cy="-42" rx="30" ry="40" ${style.shape(style.body)}/>`;
  markup += `<ellipse cx="0" cy="-28" rx="19" ry="23" fill="${style.light}"/>`;
  let scallops = '';
  for (const [x, y] of [[-8, -34], [8, -34], [0, -26], [-8, -18], [8, -18]]) scallops += `M${x - 4} ${y}q4 5 8 0`;
  markup += `<path d="${scallops}" stroke="${style.dark}" stroke-width="1.6" fill="none" stroke-linecap="round"/>`;
  for (const side of [-1, 1]) {
    const x = side * 12;
    markup += `<circle cx="${x}" cy="-58" r="12.5" fill="${style.white}" stroke="${style.outline}" stroke-width="${decimal(style.line)}"/>`;
    markup += asleep
      ? `<path d="M${x - 7} -58q7 6 14 0" stroke="${style.ink}" stroke-width="2.4" stroke-linecap="round" fill="none"/>`
      : `<circle cx="${x + 1}" cy="-57" r="6.5" fill="${style.ink}"/><circle cx="${x + 3}" cy="-60" r="2.2" fill="${style.white}"/>`;
  }
  markup += `<path d="M-5 -50L5 -50L0 -41Z" fill="${style.orange}" stroke="${style.orange}" stroke-width="2" stroke-linejoin="round"/>`;
  for (const side of [-1, 1]) markup += `<path d="M${side * 14 - 6} -1h12" stroke="${style.orange}" stroke-width="5" stroke-linecap="round"/>`;
  if (subject.pose === 'sleeping') markup += sleepyZs(style, 24, -86, 7);
  return markup;
}
