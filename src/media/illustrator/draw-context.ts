import { createPaint, type Paint } from './create-paint.ts';
import type { SceneDescription } from './scene-description.ts';
import { groundLine, groundTop, horizonLine, waterLine } from './scene-layout.ts';
import { createSeededRandom, type SeededRandom } from '../../engine/seeded-random.ts';
import { SvgDefs } from './svg-markup.ts';

/**
 * What every drawing module receives. Drawing happens in a virtual canvas 1000 units tall and as wide
 * as the picture's aspect ratio asks, so shapes are sized once for every output size.
 */
export interface DrawContext {
  scene: SceneDescription;
  /** Canvas width in units: 1000 × width / height. */
  width: number;
  /** Always 1000. */
  height: number;
  paint: Paint;
  defs: SvgDefs;
  /** A generator for one part of the picture, seeded by the scene's variation and the label. */
  random(label: string): SeededRandom;
  /** Where ground subjects stand, in units. */
  groundY: number;
  /** Top of the nearest ground layer, in units. */
  groundTopY: number;
  horizonY: number;
  /** The sea surface of the ocean and beach settings, in units. */
  waterY: number;
  /** Line width for outlines and sharp silhouettes: energetic scenes draw bolder. */
  lineWidth: number;
}

export const canvasHeight = 1000;

export function createDrawContext(scene: SceneDescription, aspectRatio: number): DrawContext {
  const root = createSeededRandom(scene.variation);
  const framing = scene.composition.framing;
  return {
    scene,
    width: Math.round(canvasHeight * aspectRatio),
    height: canvasHeight,
    paint: createPaint(scene),
    defs: new SvgDefs(),
    random: (label) => root.fork(label),
    groundY: groundLine(framing) * canvasHeight,
    groundTopY: groundTop(scene.setting, framing) * canvasHeight,
    horizonY: horizonLine(scene.setting, framing) * canvasHeight,
    waterY: waterLine(framing) * canvasHeight,
    lineWidth: 1.6 + scene.energy * 1.2,
  };
}
