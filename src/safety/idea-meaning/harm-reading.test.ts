import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../safety-topic.ts';
import type { HarmMeaningHead } from './harm-meaning.ts';
import { nearestIdeas, type NeighbourPool } from './harm-neighbours.ts';
import { featureNeighbours, harmFeatureNames, harmFeatures, harmStack, ideaFeatures, readHarm, stackedLikelihood, type HarmStack } from './harm-reading.ts';

// Stand-ins of two numbers for the 512 of the real parts: the line reads harm along the first number; the pool holds
// nine ideas close around (1, 0), abuse and violence, and nine harmless ones around (0, 1).
const label = (topic: (typeof safetyTopics)[number]) => 1 + safetyTopics.indexOf(topic);
const head: HarmMeaningHead = { about: 'test', bias: -1, weights: [2, 0], topics: {} };
const around = (angle: number) => Array.from({ length: 9 }, (_, at) => angle + at * 0.02);
const angles = [...around(0), ...around(Math.PI / 2 - 0.16)];
const pool: NeighbourPool = {
  about: 'test', dimensions: 2,
  vectors: Float32Array.from(angles.flatMap((angle) => [Math.cos(angle), Math.sin(angle)])),
  labels: Uint8Array.from([label('abuse'), label('violence'), label('abuse'), label('violence'), label('abuse'), label('violence'), label('violence'), label('abuse'), label('abuse'), ...Array(9).fill(0)]),
};
// Leans on how much closer the nearest harmful idea is than the nearest harmless one, and a little on the line.
const stack: HarmStack = { about: 'test', features: harmFeatureNames, weights: [0.5, 0, 0, 0, 0, 0, 6], bias: -1, threshold: 0.8 };

describe('harmFeatures', () => {
  it('reads the line, the harmful share of the 3, 5 and 9 nearest, and how close the nearest harmful and harmless ideas are', () => {
    const nearest = [{ row: 0, similarity: 0.9 }, { row: 9, similarity: 0.8 }, { row: 1, similarity: 0.7 }, { row: 10, similarity: 0.6 }, { row: 11, similarity: 0.5 }];
    const features = harmFeatures([1, 0], head, nearest, pool.labels);
    expect(features).toHaveLength(harmFeatureNames.length);
    expect(features[0]).toBeCloseTo(1);
    expect(features.slice(1, 4)).toEqual([2 / 3, 2 / 5, 2 / 9]);
    expect(features[4]).toBeCloseTo(0.9);
    expect(features[5]).toBeCloseTo(0.8);
    expect(features[6]).toBeCloseTo(0.1);
  });
});

describe('readHarm', () => {
  it('refuses an idea among harmful studied ideas, naming their commonest topic', () => {
    expect(readHarm([[1, 0.01]], { head, pool, fitted: stack })).toEqual({ harmful: true, topic: 'abuse' });
  });

  it('accepts an idea among harmless ones, and one with no text to read', () => {
    expect(readHarm([[0.1, 1]], { head, pool, fitted: stack })).toEqual({ harmful: false });
    expect(readHarm([], { head, pool, fitted: stack })).toEqual({ harmful: false });
  });

  it('lets the most harmful of the texts decide: the idea as written or its English reading', () => {
    expect(readHarm([[0.1, 1], [1, 0.01]], { head, pool, fitted: stack }).harmful).toBe(true);
  });

  it('refuses only above the threshold', () => {
    const vector = [1, 0.01];
    const likelihood = stackedLikelihood(ideaFeatures([harmFeatures(vector, head, nearestIdeas(vector, pool, featureNeighbours), pool.labels)]), stack);
    expect(readHarm([vector], { head, pool, fitted: { ...stack, threshold: likelihood } }).harmful).toBe(false);
    expect(readHarm([vector], { head, pool, fitted: { ...stack, threshold: likelihood - 1e-9 } }).harmful).toBe(true);
  });
});

describe('the weighing beside the code', () => {
  it('holds a weight for each feature, a threshold, and says how it was fitted', () => {
    const fitted = harmStack();
    expect(fitted.features).toEqual(harmFeatureNames);
    expect(fitted.weights).toHaveLength(harmFeatureNames.length);
    expect(fitted.threshold).toBeGreaterThan(0);
    expect(fitted.threshold).toBeLessThan(1);
    expect(fitted.about).toMatch(/train-harm-reading/);
  });
});
