import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A plump fish in profile with a forked tail, a fin and two bands across its body. */
export function drawFish(subject: SceneSubject, style: SubjectStyle): string {
  let markup = `<path d="M-30 -50L-64 -78Q-56 -50 -64 -22Z" ${style.shape(style.dark)}/>`;
  markup += `<path d="M-12 -74Q4 -98 22 -76Z" ${style.shape(style.dark)}/>`;
  markup += `<ellipse cx="0" cy="-50" rx="40" ry="28" ${style.shape(style.body)}/>`;
  markup += `<path d="M-12 -76Q-20 -50 -12 -24M6 -78Q-2 -50 6 -22" stroke="${style.light}" stroke-width="6" fill="none" opacity="0.8"/>`;
  markup += `<path d="M2 -40Q12 -30 20 -40Q12 -38 2 -40Z" ${style.shape(style.dark)}/>`;
  markup += face(style, { x: 22, y: -56, gap: 0.1, size: 5, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += `<path d="M34 -46q4 2 6 -1" stroke="${style.ink}" stroke-width="2" fill="none" stroke-linecap="round"/>`;
  return markup;
}
