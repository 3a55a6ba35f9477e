import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../safety-topic.ts';
import { ideaMarksGroup } from '../idea-marks-group.ts';
import { groupNeighbours, readNearGroupHarm } from './group-neighbours.ts';
import type { HarmNeighbours } from './harm-neighbours.ts';

describe('ideas about groups of people, read by the studied ones nearest them', () => {
  it('reads only ideas that mark a group of people by who they are', () => {
    expect(ideaMarksGroup('a story about a Jewish boy lighting the candles with his grandpa')).toBe(true);
    expect(ideaMarksGroup('a story about the deaf children at the school fair')).toBe(true);
    expect(ideaMarksGroup('a sleepy dragon who lost his blanket')).toBe(false);
  });

  it('refuses by the first text alone (the idea as written), when nearly all its nearest are unsafe and close', () => {
    const hate = 1 + safetyTopics.indexOf('hate');
    const near = (at: number) => [Math.cos(at * 0.02), Math.sin(at * 0.02)];
    const pool: HarmNeighbours = {
      about: 'test', nearest: 3, leastHarmful: 3, leastSimilarity: 0.7, dimensions: 2,
      vectors: Float32Array.from([...near(0), ...near(1), ...near(2), 0, 1]), labels: Uint8Array.from([hate, hate, hate, 0]),
    };
    expect(readNearGroupHarm([[1, 0.01]], pool)).toEqual({ harmful: true, topic: 'hate' });
    expect(readNearGroupHarm([[0, 1], [1, 0.01]], pool)).toEqual({ harmful: false });
    expect(readNearGroupHarm([], pool)).toEqual({ harmful: false });
  });

  it('reads an idea whose nearest studied idea is innocent as innocent, however many unsafe ones sit further off', () => {
    const hate = 1 + safetyTopics.indexOf('hate');
    const near = (at: number) => [Math.cos(at * 0.05), Math.sin(at * 0.05)];
    const pool: HarmNeighbours = {
      about: 'test', nearest: 4, leastHarmful: 3, leastSimilarity: 0.7, dimensions: 2,
      vectors: Float32Array.from([...near(0), ...near(1), ...near(2), ...near(3)]), labels: Uint8Array.from([0, hate, hate, hate]),
    };
    expect(readNearGroupHarm([[1, 0]], pool)).toEqual({ harmful: false });
    expect(readNearGroupHarm([near(1.2)], pool)).toEqual({ harmful: true, topic: 'hate' });
  });

  it('beside the code holds the studied ideas about groups, both unsafe and safe, and the setting chosen', () => {
    const built = groupNeighbours();
    expect(built.dimensions).toBe(512);
    expect(built.vectors.length).toBe(built.labels.length * 512);
    expect(built.labels.filter((value) => value === 0).length).toBeGreaterThan(50);
    expect(built.labels.filter((value) => value === 1 + safetyTopics.indexOf('hate')).length).toBeGreaterThan(50);
    expect(built.leastHarmful).toBeLessThanOrEqual(built.nearest);
    expect(built.about).toMatch(/build-group-neighbours/);
  });
});
