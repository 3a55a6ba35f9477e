import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject } from '../scene-description.ts';
import { circlesPath } from '../svg-markup.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A big round tree with fruit (or blossom on a pink tree). */
export function drawTree(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  const bark = style.tone('#8b5a3c');
  let markup = `<path d="M-9 0Q-5 -24 -6 -46L6 -46Q5 -24 9 0Z" fill="${bark}" stroke="${style.tone('#5a3a26')}" ` +
    `stroke-width="${style.line}" stroke-linejoin="round"/>`;
  markup += `<path d="M-2 -34L-14 -50M2 -38L13 -52" stroke="${bark}" stroke-width="4" stroke-linecap="round"/>`;
  // Outline first, then the fill on top: stroking the merged circles would draw their overlaps too.
  const crown = circlesPath([[0, -68, 26], [-22, -58, 17], [22, -58, 17], [-13, -84, 16], [13, -84, 16], [0, -90, 12]]);
  markup += `<path d="${crown}" fill="${style.outline}" stroke="${style.outline}" stroke-width="${style.line * 2}"/><path d="${crown}" ` +
    `fill="${style.body}"/>`;
  markup += `<circle cx="-10" cy="-80" r="9" fill="${style.light}" opacity="0.45"/>`;
  const fruit = subject.colour === 'pink' ? style.tone('#ffffff') : style.tone('#e5484d');
  const random = context.random(`tree-${subject.x.toFixed(3)}`);
  let fruits = '';
  for (let index = 0; index < 6; index += 1) fruits += `<circle cx="${Math.round(random.between(-26, 26))}" ` +
    `cy="${Math.round(random.between(-88, -52))}" r="3.4"/>`;
  return markup + `<g fill="${fruit}">${fruits}</g>`;
}
