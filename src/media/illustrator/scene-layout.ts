import type { Composition, SceneSetting } from './scene-description.ts';

// Lines shared by placement (derive-scene) and drawing (render-scene-svg), as fractions of the
// picture's height, so subjects stand on the ground the backdrop draws.

const groundByFraming: Record<Composition['framing'], number> = { 'close-up': 0.94, medium: 0.88, wide: 0.84 };

/** Where ground subjects put their feet. */
export function groundLine(framing: Composition['framing']): number {
  return groundByFraming[framing];
}

/** The top of the backdrop's nearest ground layer: a little above the feet so they stand on it, not at its edge. */
export function groundTop(setting: SceneSetting, framing: Composition['framing']): number {
  if (setting === 'stage') return 0.7;
  if (setting === 'bedroom') return 0.66;
  return groundLine(framing) - 0.09;
}

/** The sea surface in the ocean setting, where swimming subjects and boats float. */
export function waterLine(framing: Composition['framing']): number {
  return { 'close-up': 0.7, medium: 0.64, wide: 0.6 }[framing];
}

/** The horizon: where the sky meets the farthest land or sea. */
export function horizonLine(setting: SceneSetting, framing: Composition['framing']): number {
  if (setting === 'ocean' || setting === 'beach') return waterLine(framing) - 0.12;
  return groundLine(framing) - 0.3;
}
