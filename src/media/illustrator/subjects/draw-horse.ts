import type { SceneSubject } from '../scene-description.ts';
import { circlesPath, decimal } from '../svg-markup.ts';
import { face, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A horse in profile, round and short-legged; a unicorn adds a golden horn and a rainbow mane. */
export function drawHorse(subject: SceneSubject, style: SubjectStyle, rainbow: string[]): string {
  const unicorn = subject.kind === 'unicorn';
  const asleep = subject.pose === 'sleeping';
  const lift = asleep ? 24 : 0;
  const legLength = asleep ? 0 : 34;
  const maneColours = unicorn ? rainbow : [style.dark];
  let markup = '';
  // Tail: a few flowing strands behind.
  maneColours.slice(0, 3).forEach((colour, index) => {
    markup += `<path d="M-30 ${-56 + lift}Q${-50 - index * 3} ${-50 + lift + index * 4} ${-44 + index * 2} ${-20 + lift}" ` +
      `stroke="${colour}" stroke-width="8" stroke-linecap="round" fill="none"/>`;
  });
  if (legLength > 0) {
    for (const x of [-24, 16]) markup += `<rect x="${x - 4}" y="-40" width="9" height="40" rx="4.5" ${style.shape(style.dark)}/>`;
    for (const x of [-16, 24]) markup += `<rect x="${x - 4.5}" y="-40" width="10" height="40" rx="5" ${style.shape(style.body)}/>` +
      `<rect x="${x - 4.5}" y="-7" width="10" height="7" rx="3" fill="${style.ink}" opacity="0.7"/>`;
  } else {
    markup += `<ellipse cx="-20" cy="-5" rx="14" ry="6" ${style.shape(style.body)}/><ellipse cx="18" cy="-5" rx="14" ` +
      `ry="6" ${style.shape(style.body)}/>`;
  }
  markup += `<ellipse cx="0" cy="${-46 + lift}" rx="35" ry="21" ${style.shape(style.body)}/>`;
  markup += `<path d="M14 ${-56 + lift}Q22 ${-80 + lift} 28 ${-86 + lift}L42 ${-78 + lift}Q34 ${-64 + lift} 32 ${-46 + lift}Z" ${style.shape(style.body)}/>`;
  const headY = -88 + lift * 1.3;
  markup += `<path d="${circlesPath([[34, headY, 14], [45, headY + 8, 10]])}" ${style.shape(style.body)}/>`;
  markup += `<ellipse cx="46" cy="${decimal(headY + 9)}" rx="9" ry="7.5" fill="${style.light}"/><circle cx="49" cy="${decimal(headY + 8)}" ` +
    `r="1.4" fill="${style.ink}"/>`;
  markup += `<path d="M27 ${decimal(headY - 9)}L30 ${decimal(headY - 24)}L37 ${decimal(headY - 12)}Z" ${style.shape(style.body)}/>`;
  if (unicorn) {
    const horn = style.tone('#f7c948');
    markup += `<path d="M33 ${decimal(headY - 12)}L44 ${decimal(headY - 36)}L41 ${decimal(headY - 10)}Z" fill="${horn}" ` +
      `stroke="${style.tone('#c9962a')}" stroke-width="1.4" stroke-linejoin="round"/>`;
    markup += `<path d="M35 ${decimal(headY - 16)}l6 -2M37 ${decimal(headY - 22)}l5 -2M39 ${decimal(headY - 28)}l4 -1.5" ` +
      `stroke="${style.tone('#c9962a')}" stroke-width="1.3"/>`;
  }
  // Mane: a row of round tufts down the back of the neck.
  const tufts: Array<[number, number, number, string]> = [];
  for (let index = 0; index < 5; index += 1) tufts.push([26 - index * 4, headY - 8 + index * 9, 7, maneColours[index % maneColours.length]]);
  for (const [x, y, radius, colour] of tufts) markup += `<circle cx="${x}" cy="${decimal(y)}" r="${radius}" fill="${colour}" ` +
    `stroke="${style.outline}" stroke-width="${decimal(style.line * 0.8)}"/>`;
  markup += face(style, { x: 38, y: headY - 1, gap: 0.1, size: 3.4, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += `<path d="M44 ${decimal(headY + 14)}q4 2 7 -1" stroke="${style.ink}" stroke-width="1.4" fill="none" stroke-linecap="round"/>`;
  if (asleep) markup += sleepyZs(style, 50, headY - 24, 7);
  return markup;
}
