import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** The moon as a character: a glowing round face with craters; it shines, so night does not dim it. */
export function drawMoonFace(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  const { paint, defs } = context;
  const light = paint.glow(subject.colour === 'white' ? '#f4f1ea' : '#fff1b8');
  const halo = defs.radial([[0, light, 0.5], [0.6, light, 0.15], [1, light, 0]]);
  let markup = `<circle cx="0" cy="-50" r="80" fill="${halo}"/>`;
  markup += `<circle cx="0" cy="-50" r="48" fill="${light}" stroke="${paint.glow('#e6cf7a')}" stroke-width="2"/>`;
  const craters = '<circle cx="-24" cy="-72" r="8"/><circle cx="26" cy="-30" r="6"/><circle cx="20" cy="-78" r="4.5"/>';
  markup += `<g fill="${paint.glow('#efdc96')}">${craters}</g>`;
  const moonStyle = { ...style, ink: paint.glow('#6b5a2e'), white: light, cheek: paint.glow('#ffb3a7') };
  markup += face(moonStyle, { x: 0, y: -50, gap: 24, size: 4.6, expression: subject.expression, pose: subject.pose });
  return markup;
}
