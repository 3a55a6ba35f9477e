import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A turtle in profile under a domed, patched shell. */
export function drawTurtle(subject: SceneSubject, style: SubjectStyle): string {
  const skin = style.tone('#9fd48a');
  const skinShape = `fill="${skin}" stroke="${style.outline}" stroke-width="${style.line}" stroke-linejoin="round"`;
  let markup = '';
  for (const x of [-30, -8, 14, 34]) markup += `<ellipse cx="${x}" cy="-8" rx="9" ry="8" ${skinShape}/>`;
  markup += `<path d="M-52 -22L-62 -16L-50 -14Z" ${skinShape}/>`;
  markup += `<circle cx="54" cy="-30" r="15" ${skinShape}/>`;
  markup += `<path d="M-52 -14Q-50 -70 0 -72Q50 -70 52 -14Z" ${style.shape(style.body)}/>`;
  for (const [x, y, radius] of [[0, -44, 11], [-26, -30, 8], [26, -30, 8], [-16, -58, 7], [16, -58, 7]]) markup += `<circle cx="${x}" ` +
    `cy="${y}" r="${radius}" fill="${style.dark}"/>`;
  markup += `<path d="M-56 -14h112" stroke="${style.outline}" stroke-width="7" stroke-linecap="round"/>` +
    `<path d="M-56 -14h112" stroke="${style.light}" stroke-width="4" stroke-linecap="round"/>`;
  markup += face(style, { x: 58, y: -33, gap: 0.1, size: 3.4, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += `<path d="M58 -24q5 2 9 -3" stroke="${style.ink}" stroke-width="1.8" fill="none" stroke-linecap="round"/>`;
  return markup;
}
