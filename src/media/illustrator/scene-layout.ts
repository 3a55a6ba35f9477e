import type { Composition, SceneSetting } from './scene-description.ts';

// Lines shared by placement (derive-scene) and drawing (render-scene-svg), as fractions of the
// picture's height, so subjects stand on the ground the backdrop draws.

const groundByFraming: Record<Composition['framing'], number> = { 'close-up': 0.94, medium: 0.88, wide: 0.84 };

/** Rooms: a wall and a floor that starts higher up, so furniture stands behind the subjects. */
export const roomSettings: ReadonlySet<SceneSetting> = new Set<SceneSetting>(['bedroom', 'classroom', 'kitchen', 'library']);

/** Under a roof, under water or in no air at all: no rain or snow falls and no low sun washes in. */
export const shelteredSettings: ReadonlySet<SceneSetting> = new Set<SceneSetting>([...roomSettings, 'stage', 'underwater', 'space', 'cave', 'moon-surface']);

/** Open water whose swimmers and boats keep to its surface rather than floating in the air. */
export const watersideSettings: ReadonlySet<SceneSetting> = new Set<SceneSetting>(['beach', 'lake', 'harbour', 'island']);

/** Where the sea meets the sky: these horizons sit lower, at the far edge of the water. */
const seaHorizons: ReadonlySet<SceneSetting> = new Set<SceneSetting>(['ocean', 'beach', 'island', 'harbour', 'arctic']);

/** Where ground subjects put their feet. */
export function groundLine(framing: Composition['framing']): number {
  return groundByFraming[framing];
}

/** The top of the backdrop's nearest ground layer: a little above the feet so they stand on it, not at its edge. */
export function groundTop(setting: SceneSetting, framing: Composition['framing']): number {
  if (setting === 'stage') return 0.7;
  if (roomSettings.has(setting)) return 0.66;
  return groundLine(framing) - 0.09;
}

/** The sea surface in the ocean setting, where swimming subjects and boats float. */
export function waterLine(framing: Composition['framing']): number {
  return { 'close-up': 0.7, medium: 0.64, wide: 0.6 }[framing];
}

/** The horizon: where the sky meets the farthest land or sea. */
export function horizonLine(setting: SceneSetting, framing: Composition['framing']): number {
  if (seaHorizons.has(setting)) return waterLine(framing) - 0.12;
  return groundLine(framing) - 0.3;
}
