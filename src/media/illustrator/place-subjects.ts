import type { Composition, SceneSetting, SceneSubject } from './scene-description.ts';
import { groundLine, waterLine, watersideSettings } from './scene-layout.ts';
import type { SeededRandom } from '../../engine/seeded-random.ts';
import { subjectTraits } from './subject-traits.ts';

/** A subject before it has a place: what derive-scene read from the prompt. */
export type SubjectDraft = Pick<SceneSubject, 'kind' | 'noun' | 'colour' | 'size' | 'pose' | 'expression' | 'picture'>;

export interface PlacementOptions {
  setting: SceneSetting;
  composition: Composition;
  /** Width over height of the picture: a subject takes a larger share of a square picture's width. */
  aspectRatio: number;
  random: SeededRandom;
}

const mainHeight: Record<Composition['framing'], number> = { 'close-up': 0.56, medium: 0.42, wide: 0.28 };
const sizeFactor = { small: 0.78, medium: 1, large: 1.25 };
const mainX = { left: 1 / 3, centre: 0.5, right: 2 / 3 };
/** Companion spots, nearest the free side first: the main subject keeps its third line. */
const companionXs = {
  left: [0.64, 0.82, 0.52, 0.93, 0.13],
  right: [0.36, 0.18, 0.48, 0.07, 0.87],
  centre: [0.2, 0.8, 0.08, 0.92, 0.34],
};

/** Puts each subject on the ground, in the air or in the water, sized by framing and turned to the middle. */
export function placeSubjects(drafts: SubjectDraft[], options: PlacementOptions): SceneSubject[] {
  const { setting, composition, aspectRatio, random } = options;
  const ground = groundLine(composition.framing);
  const taken: Array<[number, number]> = [];
  return drafts.map((draft, index) => {
    const traits = subjectTraits[draft.kind];
    const isMain = index === 0;
    // Trees, houses and the moon are scenery: a companion one stays full size.
    const companionFactor = isMain || traits.habitat === 'sky' || draft.kind === 'tree' || draft.kind === 'house' ? 1 : 0.68;
    let height = mainHeight[composition.framing] * traits.scale * sizeFactor[draft.size] * companionFactor;
    // A wide shot still shows its main subject clearly, even a small bird.
    if (isMain) height = Math.max(height, 0.2);
    // A person's own character is the star of the picture, whatever the framing: never a small figure.
    if (draft.picture !== undefined) height = Math.max(height, 0.42);
    let y: number;
    const floats = draft.pose === 'flying' || (draft.pose === 'swimming' && setting !== 'ocean' && !watersideSettings.has(setting)) || setting === 'space';
    if (traits.habitat === 'sky') {
      height = Math.min(height, 0.34);
      y = 0.06 + height + random.between(0, 0.06);
    } else if (setting === 'ocean' && (draft.pose === 'swimming' || traits.habitat === 'water')) {
      // A quarter under the surface: the ocean's front waves cover it.
      y = waterLine(composition.framing) + height * (draft.kind === 'boat' ? 0.12 : 0.26);
    } else if (watersideSettings.has(setting) && (draft.pose === 'swimming' || traits.habitat === 'water')) {
      // At the beach, a lake or a harbour swimmers and boats keep to the water, just beyond the shore.
      height = Math.min(height, 0.3);
      y = waterLine(composition.framing) + 0.02;
    } else if (floats) {
      height = Math.min(height, 0.5);
      const lowest = setting === 'underwater' || setting === 'space' ? ground : ground - 0.12;
      y = random.between(Math.min(lowest, 0.1 + height * 1.1), lowest);
    } else {
      // Companions stand a step further back, so the main subject is drawn in front of them.
      y = isMain ? ground : ground - 0.015 * index;
    }
    height = Math.min(height, y - 0.03);
    // Never wider than the picture: a close-up in a square or portrait picture shrinks to fit.
    height = Math.min(height, (0.94 * aspectRatio) / traits.aspect);
    const width = (height * traits.aspect) / aspectRatio;
    const wanted = isMain ? mainX[composition.placement] + random.between(-0.02, 0.02) : freeSpot(companionXs[composition.placement], width, taken) + random.between(-0.02, 0.02);
    // Keep the whole subject in the picture: a third line is a guide, not a reason to crop a tail.
    const x = clamp(wanted, Math.min(0.5, width / 2 + 0.02), Math.max(0.5, 1 - width / 2 - 0.02));
    taken.push([x - width / 2, x + width / 2]);
    const facing = Math.abs(x - 0.5) < 0.05 ? random.pick(['left', 'right'] as const) : x < 0.5 ? 'right' : 'left';
    return { ...draft, x: clamp(x, 0.04, 0.96), y: clamp(y, 0.05, 1), height: clamp(height, 0.02, 1.2), facing, role: isMain ? 'main' : 'companion' };
  });
}

/** The first candidate that overlaps the subjects already placed least (most often not at all). */
function freeSpot(candidates: number[], width: number, taken: Array<[number, number]>): number {
  let best = candidates[0];
  let bestOverlap = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const overlap = taken.reduce((sum, [left, right]) => sum + Math.max(0, Math.min(right, candidate + width / 2) - Math.max(left, candidate - width / 2)), 0);
    if (overlap < width * 0.15) return candidate;
    if (overlap < bestOverlap) [best, bestOverlap] = [candidate, overlap];
  }
  return best;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
