import type { SceneMotion } from './ken-burns.ts';
import type { PlannedShot } from './plan-shots.ts';

/** Where the picture's subject is, as fractions of its width and height: the close-ups aim there. */
export interface FocusPoint {
  x: number;
  y: number;
  /** Where the subject's head is, when known: close-ups keep it in shot with room above it. */
  top?: number;
}

/** Room above the head in a close-up, as a share of the visible height (the beat's push and the shake take some). */
const headroom = 0.2;

/**
 * The camera of one shot. Wide and close shots alternate (see PlannedShot.framing); within each, the
 * take picks a set-up so shots of one picture differ: a wide drift or the same mirrored, a close-up
 * on the subject or a push in on it from below. Louder shots travel further and pulse on the beat;
 * the biggest hits shake; whips enter sideways.
 */
export function shotCamera(shot: PlannedShot, focus: FocusPoint): SceneMotion {
  const energy = Math.min(1, Math.max(0, shot.intensity));
  const travel = 0.06 + 0.16 * energy;
  const variant = Math.floor(shot.take / 2) % 2;
  const mirrored = variant === 1;
  const subject = { x: mirrored ? 1 - focus.x : focus.x, y: focus.y };
  const common = {
    beatPulse: energy >= 0.45 ? 0.01 + 0.05 * ((energy - 0.45) / 0.55) : 0,
    mirror: mirrored,
    shake: shot.flash || energy >= 0.9 ? 0.012 + 0.02 * energy : 0,
    whipInFrames: shot.transition === 'whip' ? 4 : 0,
  };
  if (shot.framing === 'wide') {
    const fromLeft = (shot.sectionIndex + shot.take) % 2 === 0;
    return { ...common, zoomFrom: 1.04, zoomTo: 1.04 + travel, panFrom: fromLeft ? [0.15, 0.5] : [0.85, 0.5], panTo: fromLeft ? [0.75, 0.45] : [0.25, 0.45] };
  }
  // With the head known the close-up can go nearer (head and shoulders) without losing it; the
  // nearer view also keeps a cut from the wide shot of the same picture a visible change.
  const nearer = focus.top === undefined ? 0 : 0.9;
  if (variant === 0) {
    const zoom = 2.1 + nearer + 0.3 * energy;
    const at = aim(subject, zoom);
    const y = Math.min(at[1], lowestPan(focus, zoom + travel));
    return { ...common, zoomFrom: zoom, zoomTo: zoom + travel, panFrom: [at[0], y], panTo: [at[0], y] };
  }
  const zoomFrom = 1.9 + nearer;
  const zoomTo = zoomFrom + travel * 1.5;
  const at = aim({ x: subject.x, y: Math.min(1, subject.y + 0.1) }, zoomFrom);
  // A push in from below: from the feet up, or with the head known, from as low as keeps it in shot.
  const from = lowestPan(focus, zoomTo);
  return { ...common, zoomFrom, zoomTo, panFrom: [at[0], from], panTo: [at[0], Math.min(at[1], from)] };
}

/**
 * The lowest vertical pan that keeps the subject's head in shot, with `headroom` above it, at every
 * zoom up to `zoom` (the window's top is pan × (1 − 1/zoom) of the picture); 1 when the head is not known.
 */
function lowestPan(focus: FocusPoint, zoom: number): number {
  if (focus.top === undefined) return 1;
  return Math.min(1, Math.max(0, (focus.top - headroom / zoom) / (1 - 1 / zoom)));
}

/** The pan fraction that centres `point` at `zoom`: the visible window is 1/zoom of the picture. */
function aim(point: FocusPoint, zoom: number): [number, number] {
  const axis = (value: number) => Math.min(1, Math.max(0, (value - 0.5 / zoom) / (1 - 1 / zoom)));
  return [axis(point.x), axis(point.y)];
}
