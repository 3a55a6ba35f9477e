import type { SceneSubject } from '../scene-description.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A little sailing boat: round-bottomed hull with portholes, a mast, two sails and a pennant. */
export function drawBoat(_subject: SceneSubject, style: SubjectStyle): string {
  const sail = style.tone('#fbf8f1');
  let markup = '<path d="M0 -24V-98" stroke="#7a5236" stroke-width="3.5" stroke-linecap="round"/>';
  markup += `<path d="M0 -98l13 4l-13 4Z" fill="${style.accent}"/>`;
  markup += `<path d="M4 -94L4 -32L42 -32Q34 -62 4 -94Z" ${style.shape(sail)}/>`;
  markup += `<path d="M-4 -86L-4 -32L-34 -32Q-24 -56 -4 -86Z" ${style.shape(style.tone('#f1e6d0'))}/>`;
  markup += `<path d="M-48 -26L48 -26Q44 -6 30 0L-30 0Q-44 -6 -48 -26Z" ${style.shape(style.body)}/>`;
  markup += `<path d="M-46 -19L46 -19" stroke="${style.light}" stroke-width="3.5"/>`;
  for (const x of [-24, -8, 8, 24]) markup += `<circle cx="${x}" cy="-10" r="3.2" fill="${style.light}" stroke="${style.outline}" ` +
    `stroke-width="1.2"/>`;
  return markup;
}
