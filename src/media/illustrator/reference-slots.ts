import type { SceneDescription } from './scene-description.ts';
import { groundLine } from './scene-layout.ts';

/** Where one reference picture goes, in the scene's fractions: the place a subject would take. */
export interface ReferenceSlot {
  x: number;
  /** Bottom of the slot. */
  y: number;
  height: number;
  /** The subject the picture stands in for; undefined for extra slots beyond the scene's subjects. */
  subjectIndex?: number;
}

const extraSpots = [0.84, 0.16, 0.62, 0.38, 0.93, 0.07];

/**
 * Where each picture goes. A scene derived with character places (`picture` set) puts each picture
 * in its own place and leaves the drawn subjects be; an older scene lets the first pictures take
 * the subjects' places, main subject first. More pictures than places stand beside them.
 */
export function referenceSlots(scene: SceneDescription, count: number): ReferenceSlot[] {
  const reserved = scene.subjects.flatMap((subject, index) => (subject.picture !== undefined && subject.picture < count ? [{ subject, index }] : []));
  const slots: ReferenceSlot[] = reserved.length > 0
    ? reserved.sort((first, second) => first.subject.picture! - second.subject.picture!).map(({ subject, index }) => ({ x: subject.x, y: subject.y, height: subject.height, subjectIndex: index }))
    : scene.subjects.slice(0, count).map((subject, index) => ({ x: subject.x, y: subject.y, height: subject.height, subjectIndex: index }));
  const main = scene.subjects[0];
  const ground = groundLine(scene.composition.framing);
  const height = Math.min(main.height, 0.45) * 0.7;
  const free = extraSpots.filter((spot) => scene.subjects.every((subject) => Math.abs(subject.x - spot) > 0.1));
  const spots = [...free, ...extraSpots];
  for (let index = 0; slots.length < count; index += 1) slots.push({ x: spots[index % spots.length], y: ground - 0.01, height });
  return slots;
}
