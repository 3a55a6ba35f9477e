import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A round little bird in profile; in flight both wings are up. */
export function drawBird(subject: SceneSubject, style: SubjectStyle): string {
  const flying = subject.pose === 'flying';
  let markup = `<path d="M-20 -40L-42 -54L-38 -30Z" ${style.shape(style.dark)}/>`;
  if (flying) markup += `<path d="M-6 -52Q-18 -92 6 -98Q4 -74 10 -54Z" ${style.shape(style.dark)}/>`;
  else markup += '<path d="M-4 -14v14M6 -14v14" stroke="#e08a2c" stroke-width="3" stroke-linecap="round"/>';
  markup += `<circle cx="0" cy="-40" r="25" ${style.shape(style.body)}/>`;
  markup += `<path d="M-12 -22a20 14 0 0 0 30 -4a20 20 0 0 1 -30 4Z" fill="${style.light}"/>`;
  markup += `<path d="M22 -46L36 -40L22 -34Z" fill="${style.orange}" stroke="${style.orange}" stroke-width="2" stroke-linejoin="round"/>`;
  markup += face(style, { x: 8, y: -47, gap: 0.1, size: 3.6, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += flying ? `<path d="M-6 -46Q-28 -84 -6 -92Q0 -70 4 -48Z" ${style.shape(style.dark)}/>` : `<path d="M-14 -42q10 -10 22 0q-10 16 -22 0Z" ${style.shape(style.dark)}/>`;
  return markup;
}
