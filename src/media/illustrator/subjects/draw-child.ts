import type { DrawContext } from '../draw-context.ts';
import { createSeededRandom, hashText } from '../../../engine/seeded-random.ts';
import type { SceneSubject } from '../scene-description.ts';
import { circlesPath } from '../svg-markup.ts';
import { face, motionLines, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

const skinTones = ['#f9d7b9', '#eec19a', '#d39b6e', '#a8714d', '#7a4e33'];
const hairColours = ['#3b2a20', '#6b4226', '#c9893b', '#e8c170', '#1f1a1a', '#a13b2a'];
const crowned = new Set(['princess', 'prince', 'king', 'queen']);

/** A child facing us, in a tunic of the subject's colour; princes and princesses wear crowns, astronauts helmets. */
export function drawChild(subject: SceneSubject, style: SubjectStyle, context: DrawContext): string {
  // Seeded by who the child is (its word and colour), not by the scene: the same child looks the same in every picture.
  const random = createSeededRandom(hashText(`child|${subject.noun}|${subject.colour}`));
  const skin = style.tone(random.pick(skinTones));
  const hair = style.tone(random.pick(hairColours));
  const astronaut = subject.noun === 'astronaut';
  const tunic = astronaut ? style.tone('#f1f3f6') : style.body;
  const skinShape = `fill="${skin}" stroke="${style.outline}" stroke-width="${style.line}"`;
  const armsUp = subject.pose === 'playing' || subject.pose === 'flying' || subject.expression === 'excited';
  let markup = '';
  for (const side of [-1, 1]) {
    markup += `<rect x="${side * 6 - 3.5}" y="-26" width="7" height="22" rx="3" ${skinShape}/>`;
    markup += `<ellipse cx="${side * 7}" cy="-4" rx="7.5" ry="4.5" fill="${style.tone(astronaut ? '#8a93a3' : '#5a3e36')}"/>`;
    const hand = armsUp ? [side * 24, -68] : [side * 20, -28];
    markup += `<path d="M${side * 11} -48L${hand[0]} ${hand[1]}" stroke="${style.outline}" stroke-width="${8 + style.line * 2}" ` +
      `stroke-linecap="round"/>` +
      `<path d="M${side * 11} -48L${hand[0]} ${hand[1]}" stroke="${tunic}" stroke-width="8" stroke-linecap="round"/>`;
    markup += `<circle cx="${hand[0]}" cy="${hand[1]}" r="4.5" ${skinShape}/>`;
  }
  markup += `<path d="M-12 -53Q0 -56 12 -53L19 -22Q0 -17 -19 -22Z" ${style.shape(tunic)}/>`;
  if (subject.pose === 'sleeping') markup += `<path d="M-16 -40Q0 -36 16 -40M-18 -30Q0 -26 18 -30" stroke="${style.light}" ` +
    `stroke-width="3" fill="none"/>`;
  else markup += `<circle cx="0" cy="-42" r="2" fill="${style.light}"/><circle cx="0" cy="-34" r="2" fill="${style.light}"/>`;
  markup += `<circle cx="0" cy="-71" r="19" ${skinShape}/>`;
  markup += hairStyle(random.integer(0, 3), hair, style);
  markup += face(style, { x: 0, y: -68, gap: 13, size: 2.8, expression: subject.expression, pose: subject.pose, mouthDrop: 7.5 });
  if (crowned.has(subject.noun)) {
    const gold = style.tone('#f7c948');
    markup += `<path d="M-11 -88L-13 -101L-6 -94L0 -104L6 -94L13 -101L11 -88Z" fill="${gold}" stroke="${style.tone('#b8862b')}" ` +
      `stroke-width="1.4" stroke-linejoin="round"/>` +
      `<circle cx="0" cy="-93" r="2" fill="${style.accent}"/>`;
  }
  if (astronaut) markup += `<circle cx="0" cy="-71" r="25" fill="${style.tone('#bfe6ff')}" fill-opacity="0.3" ` +
    `stroke="${style.tone('#e9eef5')}" stroke-width="3.5"/>` +
    `<path d="M-16 -84a20 20 0 0 1 12 -9" stroke="#ffffff" stroke-width="3" stroke-linecap="round" fill="none" opacity="0.8"/>`;
  if (subject.pose === 'sleeping') markup += sleepyZs(style, 20, -92, 6);
  if (subject.pose === 'playing') markup += motionLines(style, 28, -50);
  return markup;
}

function hairStyle(choice: number, hair: string, style: SubjectStyle): string {
  const shape = `fill="${hair}" stroke="${style.outline}" stroke-width="${style.line * 0.8}" stroke-linejoin="round"`;
  const cap = `<path d="M-20 -70Q-21 -92 0 -92Q21 -92 20 -70Q16 -80 6 -80Q0 -76 -6 -80Q-16 -80 -20 -70Z" ${shape}/>`;
  switch (choice) {
    case 0:
      return cap;
    case 1:
      return `<circle cx="0" cy="-94" r="8" ${shape}/>${cap}`;
    case 2:
      return `<circle cx="-21" cy="-66" r="7" ${shape}/><circle cx="21" cy="-66" r="7" ${shape}/>${cap}`;
    default:
      return `<path d="${circlesPath([[-15, -80, 8], [-7, -88, 8], [3, -90, 8], [12, -86, 8], [18, -77, 7], [-19, -71, 6]])}" ${shape}/>`;
  }
}
