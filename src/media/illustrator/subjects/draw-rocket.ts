import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject } from '../scene-description.ts';
import { decimal } from '../svg-markup.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A classic rocket: white body, coloured nose and fins, a porthole, and a flame that grows with the energy. */
export function drawRocket(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  const paint = context.paint;
  const hull = subject.colour === 'white' ? style.tone('#f4f1ea') : style.tone('#f6f3ee');
  const trim = subject.colour === 'white' ? style.tone('#e5484d') : style.body;
  const flame = 16 + context.scene.energy * 22;
  let markup = `<path d="M-10 -22Q-12 ${decimal(-22 + flame * 0.6)} 0 ${decimal(-22 + flame)}Q12 ${decimal(-22 + flame * 0.6)} 10 -22Z" ` +
    `fill="${paint.glow('#ff9f43')}"/>`;
  markup += `<path d="M-5.5 -22Q-6 ${decimal(-22 + flame * 0.4)} 0 ${decimal(-22 + flame * 0.7)}Q6 ${decimal(-22 + flame * 0.4)} 5.5 -22Z" ` +
    `fill="${paint.glow('#ffe066')}"/>`;
  for (const side of [-1, 1]) markup += `<path d="M${side * 14} -46L${side * 28} -28L${side * 28} -14L${side * 14} -24Z" ${style.shape(trim)}/>`;
  markup += `<rect x="-9" y="-27" width="18" height="6" rx="2" fill="${style.tone('#6b7280')}"/>`;
  markup += `<path d="M-15 -24L-15 -70C-15 -86 -7 -95 0 -100C7 -95 15 -86 15 -70L15 -24Z" ${style.shape(hull)}/>`;
  markup += `<path d="M-12.6 -82C-10 -90 -5 -96 0 -100C5 -96 10 -90 12.6 -82Z" ${style.shape(trim)}/>`;
  markup += `<path d="M0 -46V-24" stroke="${trim}" stroke-width="3.5"/>`;
  markup += `<circle cx="0" cy="-60" r="8.5" fill="${style.tone('#9aa3ad')}" stroke="${style.outline}" stroke-width="${style.line}"/>` +
    `<circle cx="0" cy="-60" r="5.8" fill="${paint.glow('#8fd3ff')}"/>` +
    `<path d="M-3 -63a4 4 0 0 1 4 -2" stroke="#ffffff" stroke-width="1.6" stroke-linecap="round" fill="none"/>`;
  return `<g transform="rotate(14 0 -50)">${markup}</g>`;
}
