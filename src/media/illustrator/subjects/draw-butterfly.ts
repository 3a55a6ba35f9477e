import type { SceneSubject } from '../scene-description.ts';
import type { SubjectStyle } from './subject-style.ts';

/** Four round wings with spots, a slim body and curled feelers. */
export function drawButterfly(_subject: SceneSubject, style: SubjectStyle): string {
  let markup = '';
  for (const side of [-1, 1]) {
    markup += `<ellipse cx="${side * 24}" cy="-62" rx="24" ry="19" transform="rotate(${side * 28} ${side * 24} -62)" ${style.shape(style.body)}/>`;
    markup += `<ellipse cx="${side * 18}" cy="-36" rx="15" ry="13" ${style.shape(style.dark)}/>`;
    markup += `<circle cx="${side * 28}" cy="-64" r="7" fill="${style.accent}"/><circle cx="${side * 18}" cy="-36" r="4.5" fill="${style.light}"/>`;
    markup += `<path d="M${side * 2} -70Q${side * 6} -92 ${side * 16} -94" stroke="${style.ink}" stroke-width="2" fill="none" ` +
      `stroke-linecap="round"/>` +
      `<circle cx="${side * 16}" cy="-94" r="2.5" fill="${style.ink}"/>`;
  }
  markup += `<ellipse cx="0" cy="-50" rx="4.5" ry="22" fill="${style.ink}"/>`;
  return markup;
}
