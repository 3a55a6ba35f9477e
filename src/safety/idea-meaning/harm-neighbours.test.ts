import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../safety-topic.ts';
import { harmNeighbours, packHarmNeighbours, unpackHarmNeighbours } from './harm-neighbours.ts';

describe('the packed pool', () => {
  it('keeps each vector as bytes to within a hundredth, back at unit length, with its label', () => {
    const vectors = [[0.3, -0.5, 0.81], [0.02, 0.9, -0.1], [-1, 0, 0]];
    const unpacked = unpackHarmNeighbours({ about: 'test', nearest: 1, leastHarmful: 1, leastSimilarity: 0, dimensions: 3, count: 3 }, packHarmNeighbours(vectors, [0, 3, 14]));
    vectors.forEach((vector, row) => {
      const length = Math.hypot(...vector);
      vector.forEach((value, column) => expect(unpacked.vectors[row * 3 + column]).toBeCloseTo(value / length, 2));
    });
    expect([...unpacked.labels]).toEqual([0, 3, 14]);
    expect(() => unpackHarmNeighbours({ about: 'test', nearest: 1, leastHarmful: 1, leastSimilarity: 0, dimensions: 3, count: 4 }, packHarmNeighbours(vectors, [0, 0, 0]))).toThrow(/holds 24 bytes/);
  });

  it('beside the code holds the studied ideas: 512 numbers each, harmful ones labelled with a topic', () => {
    const built = harmNeighbours();
    expect(built.dimensions).toBe(512);
    expect(built.vectors.length).toBe(built.labels.length * 512);
    expect(built.labels.length).toBeGreaterThan(3000);
    expect(Math.max(...built.labels)).toBeLessThanOrEqual(safetyTopics.length);
    expect(built.labels.filter((value) => value > 0).length).toBeGreaterThan(1200);
    expect(built.about).toMatch(/train-harm-reading/);
  });
});
