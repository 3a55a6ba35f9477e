import type { SceneSubject } from '../scene-description.ts';
import { mouth, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

/** A wide, squat frog with eyes on top of its head and a big grin. */
export function drawFrog(subject: SceneSubject, style: SubjectStyle): string {
  const asleep = subject.pose === 'sleeping' || subject.expression === 'sleepy';
  let markup = '';
  for (const side of [-1, 1]) markup += `<ellipse cx="${side * 30}" cy="-10" rx="14" ry="10" ${style.shape(style.body)}/>`;
  markup += `<ellipse cx="0" cy="-28" rx="38" ry="27" ${style.shape(style.body)}/>`;
  markup += `<ellipse cx="0" cy="-18" rx="24" ry="15" fill="${style.light}"/>`;
  for (const side of [-1, 1]) {
    const x = side * 18;
    markup += `<circle cx="${x}" cy="-52" r="13" ${style.shape(style.body)}/><circle cx="${x}" cy="-53" r="9" fill="${style.white}"/>`;
    markup += asleep
      ? `<path d="M${x - 5} -53q5 5 10 0" stroke="${style.ink}" stroke-width="2.4" stroke-linecap="round" fill="none"/>`
      : `<circle cx="${x + 1}" cy="-53" r="5" fill="${style.ink}"/><circle cx="${x + 2.5}" cy="-55" r="1.8" fill="${style.white}"/>`;
    markup += `<ellipse cx="${side * 26}" cy="-30" rx="5" ry="3" fill="${style.cheek}" opacity="0.6"/>`;
    markup += `<ellipse cx="${side * 12}" cy="-3" rx="9" ry="4.5" ${style.shape(style.body)}/>`;
  }
  markup += mouth(style, 0, -34, subject.expression === 'excited' ? 6 : 7, subject.expression, subject.pose);
  if (subject.pose === 'sleeping') markup += sleepyZs(style, 30, -70, 7);
  return markup;
}
