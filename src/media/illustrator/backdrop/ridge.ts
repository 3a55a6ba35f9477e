import type { DrawContext } from '../draw-context.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { curveThrough, decimal, type Point } from '../svg-markup.ts';

export interface RidgeOptions {
  /** Average height of the ridge line, in units from the top. */
  baseY: number;
  /** How far peaks and dips stray from `baseY`. */
  amplitude: number;
  /** Peaks across the picture. */
  bumps: number;
  /** 1 rounds every hilltop, 0 makes sharp peaks; defaults to rounder for calmer scenes. */
  smoothness?: number;
}

export interface Ridge {
  /** The land under the ridge line, closed along the bottom of the picture. */
  path: string;
  /** The ridge line's height at `x`, to stand trees and houses on it. */
  heightAt(x: number): number;
}

/** A silhouette for one parallax layer: peaks alternate with dips so the line never looks flat or noisy. */
export function ridge(context: DrawContext, random: SeededRandom, options: RidgeOptions): Ridge {
  const { width, height, scene } = context;
  const smoothness = options.smoothness ?? 1 - scene.energy * 0.55;
  const count = options.bumps * 2 + 2;
  const points: Point[] = [];
  for (let index = 0; index <= count; index += 1) {
    const x = -60 + ((width + 120) * index) / count + random.between(-0.25, 0.25) * ((width + 120) / count);
    const direction = index % 2 === 0 ? 1 : -1;
    points.push([x, options.baseY + direction * options.amplitude * random.between(0.35, 1)]);
  }
  const path = `${curveThrough(points, smoothness)}L${decimal(width + 60)} ${decimal(height + 10)}L-60 ${decimal(height + 10)}Z`;
  const heightAt = (x: number): number => {
    for (let index = 0; index < points.length - 1; index += 1) {
      const [leftX, leftY] = points[index];
      const [rightX, rightY] = points[index + 1];
      if (x >= leftX && x <= rightX) return leftY + ((rightY - leftY) * (x - leftX)) / (rightX - leftX);
    }
    return options.baseY;
  };
  return { path, heightAt };
}
