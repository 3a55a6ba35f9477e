import { describe, expect, it } from 'vitest';
import { LiveStats, percentile } from './live-stats.ts';

describe('live stats', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([], 50)).toBeUndefined();
  });

  it('counts frames per second over the last two seconds, with latency percentiles and drops', () => {
    const stats = new LiveStats();
    for (let index = 0; index < 10; index++) stats.frameReceived(index * 200, 40 + index * 10, index === 3, index);
    const figures = stats.figures(1900);
    expect(figures).toMatchObject({ fps: 5, latencyP50: 80, latencyP95: 130, dropped: 9, repeated: 1, received: 10 });
    expect(stats.figures(3000).fps).toBe(2.5);
  });

  it('keeps latency figures to the last hundred frames', () => {
    const stats = new LiveStats();
    for (let index = 0; index < 100; index++) stats.frameReceived(index, 1000, false, 0);
    for (let index = 0; index < 100; index++) stats.frameReceived(100 + index, 50, false, 0);
    expect(stats.figures(200).latencyP95).toBe(50);
  });
});
