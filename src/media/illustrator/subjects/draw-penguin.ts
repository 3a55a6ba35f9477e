import type { SceneSubject } from '../scene-description.ts';
import { face, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A penguin with a white front and face, orange beak and feet, and a scarf in the palette's accent. */
export function drawPenguin(subject: SceneSubject, style: SubjectStyle): string {
  const flap = subject.pose === 'playing' || subject.pose === 'flying' || subject.pose === 'swimming' ? 55 : 15;
  const white = style.tone('#fbfbf8');
  let markup = '';
  for (const side of [-1, 1]) {
    markup += `<ellipse cx="${side * 27}" cy="-40" rx="8" ry="22" transform="rotate(${side * -flap} ${side * 24} -55)" ${style.shape(style.body)}/>`;
    markup += `<ellipse cx="${side * 11}" cy="-3" rx="10" ry="5" fill="${style.orange}" stroke="${style.outline}" stroke-width="1.2"/>`;
  }
  markup += `<ellipse cx="0" cy="-44" rx="28" ry="42" ${style.shape(style.body)}/>`;
  markup += `<ellipse cx="0" cy="-32" rx="19" ry="28" fill="${white}"/>`;
  markup += `<path d="M-18 -64a11 11 0 0 1 18 -6a11 11 0 0 1 18 6q0 14 -18 16q-18 -2 -18 -16Z" fill="${white}"/>`;
  markup += face(style, { x: 0, y: -64, gap: 14, size: 3.4, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += `<path d="M-5 -58h10l-5 6Z" fill="${style.orange}" stroke="${style.orange}" stroke-width="2" stroke-linejoin="round"/>`;
  markup += `<path d="M-22 -50q22 10 44 0v7q-22 9 -44 0Z" fill="${style.accent}" stroke="${style.outline}" stroke-width="1.2"/>` +
    `<path d="M12 -46l4 18l7 -2l-4 -17Z" fill="${style.accent}" stroke="${style.outline}" stroke-width="1.2"/>`;
  if (subject.pose === 'sleeping') markup += sleepyZs(style, 20, -88, 7);
  return markup;
}
