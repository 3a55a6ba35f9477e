import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject } from '../scene-description.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A storybook cottage: pitched roof, chimney with smoke, round door, and windows that glow at night. */
export function drawHouse(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  const roof = style.tone(subject.colour === 'red' || subject.colour === 'brown' ? '#5b4636' : '#b5483d');
  const windowColour = context.paint.isDark ? context.paint.glow('#ffd66b') : style.tone('#bfe3ff');
  const smoke = style.tone('#e5e7eb');
  const puffs = '<circle cx="30" cy="-100" r="5"/><circle cx="36" cy="-110" r="6.5"/><circle cx="44" cy="-121" r="8"/>';
  let markup = `<g fill="${smoke}" opacity="0.7">${puffs}</g>`;
  markup += `<rect x="22" y="-96" width="12" height="26" ${style.shape(roof)}/>`;
  markup += `<rect x="-38" y="-56" width="76" height="56" ${style.shape(style.body)}/>`;
  markup += `<path d="M-46 -52L0 -92L46 -52Z" ${style.shape(roof)}/>`;
  markup += `<circle cx="0" cy="-68" r="7" fill="${windowColour}" stroke="${style.outline}" stroke-width="${style.line}"/>`;
  markup += `<path d="M-8 0V-26a8 8 0 0 1 16 0V0Z" ${style.shape(style.tone('#6b4a2f'))}/>`;
  for (const x of [-26, 26]) {
    markup += `<rect x="${x - 8}" y="-44" width="16" height="16" rx="2" fill="${windowColour}" stroke="${style.outline}" ` +
      `stroke-width="${style.line}"/>`;
    markup += `<path d="M${x} -44v16M${x - 8} -36h16" stroke="${style.outline}" stroke-width="1.4"/>`;
    markup += `<rect x="${x - 10}" y="-28" width="20" height="5" rx="2" fill="${style.accent}"/>`;
  }
  return markup;
}
