import type { SceneSubject } from '../scene-description.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A hot-air balloon: striped envelope, ropes and a wicker basket. */
export function drawBalloon(_subject: SceneSubject, style: SubjectStyle): string {
  const wicker = style.tone('#b07a45');
  let markup = `<path d="M-10 -34L-8 -18M10 -34L8 -18" stroke="${style.tone('#6b4a2f')}" stroke-width="1.6"/>`;
  markup += `<rect x="-11" y="-18" width="22" height="16" rx="3" fill="${wicker}" stroke="${style.outline}" stroke-width="${style.line}"/>` +
    `<path d="M-11 -12h22M-11 -7h22M-4 -18v16M4 -18v16" stroke="${style.tone('#8a5a30')}" stroke-width="1.2"/>`;
  markup += `<path d="M0 -100C30 -100 42 -82 38 -66C34 -52 16 -44 11 -34L-11 -34C-16 -44 -34 -52 -38 -66C-42 -82 -30 -100 0 -100Z" ${style.shape(style.body)}/>`;
  markup += `<path d="M0 -100C14 -96 18 -70 6 -34L-6 -34C-18 -70 -14 -96 0 -100Z" fill="${style.accent}"/>`;
  markup += `<path d="M0 -100C-26 -94 -32 -66 -9 -34M0 -100C26 -94 32 -66 9 -34" stroke="${style.light}" stroke-width="3" fill="none"/>`;
  markup += `<rect x="-12" y="-38" width="24" height="5" rx="2" fill="${style.dark}"/>`;
  return markup;
}
