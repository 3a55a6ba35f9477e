import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../safety-topic.ts';
import { harmNeighbours, packHarmNeighbours, readNearHarm, unpackHarmNeighbours, type HarmNeighbours } from './harm-neighbours.ts';

// A stand-in pool of two-number vectors: nine ideas around (1, 0), one far off at (0, 1).
const label = (topic: (typeof safetyTopics)[number]) => 1 + safetyTopics.indexOf(topic);
function pool(labels: number[]): HarmNeighbours {
  const angles = labels.map((_, at) => (at < 9 ? at * 0.02 : Math.PI / 2));
  return {
    about: 'test', nearest: 9, leastHarmful: 8, leastSimilarity: 0.6, dimensions: 2,
    vectors: Float32Array.from(angles.flatMap((angle) => [Math.cos(angle), Math.sin(angle)])), labels: Uint8Array.from(labels),
  };
}
const harmfulNine = [label('abuse'), label('abuse'), label('violence'), label('abuse'), label('violence'), label('violence'), label('violence'), label('abuse'), 0, 0];

describe('readNearHarm', () => {
  it('refuses an idea whose nearest studied ideas are nearly all harmful, naming their commonest topic (the nearest on a tie)', () => {
    expect(readNearHarm([[2, 0.01]], pool(harmfulNine))).toEqual({ harmful: true, topic: 'abuse' });
  });

  it('says nothing when one idea too few is harmful, when the nearest is far, or with no text', () => {
    const sevenOfNine = [...harmfulNine.slice(0, 7), 0, 0, 0];
    expect(readNearHarm([[1, 0]], pool(sevenOfNine))).toEqual({ harmful: false });
    // At right angles to all nine: the nearest's cosine is below 0.6.
    expect(readNearHarm([[-0.2, -1]], pool(harmfulNine))).toEqual({ harmful: false });
    expect(readNearHarm([], pool(harmfulNine))).toEqual({ harmful: false });
  });

  it('lets any of the texts decide: the idea as written or its gloss', () => {
    const stillFar = [-0.2, -1];
    expect(readNearHarm([stillFar, [1, 0.05]], pool(harmfulNine)).harmful).toBe(true);
  });
});

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

  it('beside the code holds the studied ideas: 512 numbers each, harmful ones labelled with a topic, the setting chosen', () => {
    const built = harmNeighbours();
    expect(built.dimensions).toBe(512);
    expect(built.vectors.length).toBe(built.labels.length * 512);
    expect(built.labels.length).toBeGreaterThan(2000);
    expect(Math.max(...built.labels)).toBeLessThanOrEqual(safetyTopics.length);
    expect(built.labels.filter((value) => value > 0).length).toBeGreaterThan(800);
    expect(built.leastHarmful).toBeLessThanOrEqual(built.nearest);
    expect(built.about).toMatch(/build-harm-neighbours/);
  });
});
