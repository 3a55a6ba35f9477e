import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A round-headed octopus with six curling arms. */
export function drawOctopus(subject: SceneSubject, style: SubjectStyle): string {
  let arms = '';
  const reaches = [-34, -20, -7, 7, 20, 34];
  reaches.forEach((reach, index) => {
    const curl = index % 2 === 0 ? 1 : -1;
    arms += `M${reach * 0.5} -40Q${reach * 1.1} -20 ${reach * 1.2} -8q${curl * 8} 8 ${curl * 12} 0`;
  });
  let markup = `<path d="${arms}" stroke="${style.outline}" stroke-width="${11 + style.line * 2}" stroke-linecap="round" fill="none"/>` +
    `<path d="${arms}" stroke="${style.body}" stroke-width="11" stroke-linecap="round" fill="none"/>`;
  markup += `<path d="M-32 -44Q-36 -96 0 -98Q36 -96 32 -44Q0 -34 -32 -44Z" ${style.shape(style.body)}/>`;
  markup += `<circle cx="-14" cy="-82" r="5" fill="${style.light}" opacity="0.7"/><circle cx="14" cy="-86" r="3.5" fill="${style.light}" ` +
    `opacity="0.7"/>` +
    `<circle cx="2" cy="-92" r="2.5" fill="${style.light}" opacity="0.7"/>`;
  markup += face(style, { x: 0, y: -62, gap: 20, size: 4.4, expression: subject.expression, pose: subject.pose });
  return markup;
}
