import { describe, expect, it } from 'vitest';
import type { JobStep } from '../api/api-types.ts';
import { servedByText } from './served-by-text.ts';

const step = (fields: Partial<JobStep>): JobStep => ({
  name: 'images', stepId: 'music-video.images', state: 'succeeded', attempts: 1, cached: false, startedAt: null, endedAt: null,
  durationMs: 5, servedBy: [], passedOver: [], progress: 1, message: null, error: null, ...fields,
});

describe('servedByText', () => {
  it('names each backend once, in words, with how many calls it served', () => {
    const text = servedByText(step({ servedBy: [...Array(7).fill('builtin:illustrator'), 'comfyui:sdxl'] }));
    expect(text).toBe('built-in illustrator (procedural, not AI) ×7, sdxl on comfyui');
    expect(text).not.toContain('builtin:');
  });

  it('says when the cache or Kiln itself did the work', () => {
    expect(servedByText(step({ cached: true }))).toBe('an earlier run, reused');
    expect(servedByText(step({}))).toBe('Kiln itself, no model');
  });
});
