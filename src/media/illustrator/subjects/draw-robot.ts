import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject } from '../scene-description.ts';
import { motionLines, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A boxy, friendly robot: screen face with glowing eyes, antenna, chest lights and claw hands. */
export function drawRobot(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  const glow = context.paint.glow(context.paint.accents[1] ?? '#21f0ff');
  const armsUp = subject.pose === 'playing' || subject.expression === 'excited';
  const asleep = subject.pose === 'sleeping' || subject.expression === 'sleepy';
  let markup = '';
  for (const side of [-1, 1]) {
    markup += `<rect x="${side * 9 - 5}" y="-20" width="10" height="16" rx="3" ${style.shape(style.dark)}/>` +
      `<rect x="${side * 9 - 8}" y="-7" width="16" height="7" rx="3.5" ${style.shape(style.dark)}/>`;
    const hand = armsUp ? [side * 34, -74] : [side * 32, -28];
    markup += `<path d="M${side * 20} -48L${hand[0]} ${hand[1]}" stroke="${style.outline}" stroke-width="${7 + style.line * 2}" ` +
      `stroke-linecap="round"/>` +
      `<path d="M${side * 20} -48L${hand[0]} ${hand[1]}" stroke="${style.light}" stroke-width="7" stroke-linecap="round"/>`;
    markup += `<circle cx="${hand[0]}" cy="${hand[1]}" r="6" ${style.shape(style.dark)}/>`;
    markup += `<circle cx="${side * 22}" cy="-74" r="4.5" ${style.shape(style.dark)}/>`;
  }
  markup += `<rect x="-22" y="-58" width="44" height="40" rx="10" ${style.shape(style.body)}/>`;
  markup += `<rect x="-12" y="-49" width="24" height="14" rx="4" fill="${style.ink}"/>`;
  markup += `<circle cx="-6" cy="-42" r="2.6" fill="${glow}"/><circle cx="0" cy="-42" r="2.6" fill="${context.paint.glow('#ff6b6b')}"/>` +
    `<circle cx="6" cy="-42" r="2.6" fill="${context.paint.glow('#ffd166')}"/>`;
  markup += `<path d="M0 -88V-97" stroke="${style.outline}" stroke-width="2.5"/>` +
    `<circle cx="0" cy="-99" r="4.5" fill="${context.paint.glow('#ff6b6b')}" stroke="${style.outline}" stroke-width="1.4"/>`;
  markup += `<rect x="-20" y="-89" width="40" height="31" rx="9" ${style.shape(style.body)}/>`;
  markup += `<rect x="-15" y="-84" width="30" height="21" rx="6" fill="${style.ink}"/>`;
  markup += asleep
    ? `<path d="M-11 -76q4 3 8 0M3 -76q4 3 8 0" stroke="${glow}" stroke-width="2.2" fill="none" stroke-linecap="round"/>`
    : `<circle cx="-7" cy="-76" r="3.6" fill="${glow}"/><circle cx="7" cy="-76" r="3.6" fill="${glow}"/>`;
  markup += subject.expression === 'sad'
    ? `<path d="M-5 -67q5 -3 10 0" stroke="${glow}" stroke-width="1.8" fill="none" stroke-linecap="round"/>`
    : `<path d="M-5 -69q5 4 10 0" stroke="${glow}" stroke-width="1.8" fill="none" stroke-linecap="round"/>`;
  if (subject.pose === 'sleeping') markup += sleepyZs(style, 22, -96, 6);
  if (subject.pose === 'playing') markup += motionLines(style, 38, -50);
  return markup;
}
