import { describe, expect, it } from 'vitest';
import { findStronglyConnected } from './find-strongly-connected.ts';

const circles = (edges: Record<string, string[]>) =>
  findStronglyConnected(new Map(Object.entries(edges)))
    .filter((group) => group.length > 1 || edges[group[0]]?.includes(group[0]))
    .map((group) => group.sort().join(','))
    .sort();

describe('findStronglyConnected', () => {
  it('finds no circle in a tree or a diamond', () => {
    expect(circles({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] })).toEqual([]);
  });

  it('finds a two-node circle, a longer one and a self-import, each as its own group', () => {
    expect(circles({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['e'], e: ['c'], f: ['f'], g: ['a'] })).toEqual([
      'a,b',
      'c,d,e',
      'f',
    ]);
  });

  it('joins circles that share a node into one group', () => {
    expect(circles({ a: ['b', 'c'], b: ['a'], c: ['a'] })).toEqual(['a,b,c']);
  });
});
