import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A round whale in profile, tail flukes raised behind and a spout of water above its head. */
export function drawWhale(subject: SceneSubject, style: SubjectStyle): string {
  const water = style.tone('#bfe9ff');
  let markup = `<path d="M28 -58Q22 -86 8 -92M28 -58Q30 -90 44 -98M28 -58Q40 -84 56 -84" stroke="${water}" stroke-width="5" ` +
    `stroke-linecap="round" fill="none"/>`;
  markup += `<circle cx="8" cy="-92" r="4" fill="${water}"/><circle cx="44" cy="-98" r="4" fill="${water}"/><circle cx="56" cy="-84" ` +
    `r="3.5" fill="${water}"/>`;
  markup += `<path d="M-62 -28Q-74 -46 -92 -50Q-84 -36 -72 -30Q-88 -26 -92 -12Q-76 -14 -62 -24Z" ${style.shape(style.body)}/>`;
  markup += `<path d="M-66 -26Q-70 -58 -20 -62Q40 -66 70 -34Q82 -20 70 -8Q52 2 0 0Q-48 -2 -66 -26Z" ${style.shape(style.body)}/>`;
  markup += `<path d="M-40 -10Q0 4 62 -8Q54 -2 40 0Q-6 4 -40 -10Z" fill="${style.light}"/>`;
  markup += `<path d="M-30 -8q26 8 70 -2M-20 -3q24 5 52 -1" stroke="${style.dark}" stroke-width="1.6" fill="none" opacity="0.6"/>`;
  markup += `<path d="M2 -20Q10 -4 24 -2Q18 -14 2 -20Z" ${style.shape(style.dark)}/>`;
  markup += face(style, { x: 48, y: -30, gap: 0.1, size: 4, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
  markup += `<path d="M54 -16q8 4 16 -4" stroke="${style.ink}" stroke-width="2" fill="none" stroke-linecap="round"/>`;
  return markup;
}
