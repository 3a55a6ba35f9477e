import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar.ts';

function captureStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('ProgressBar', () => {
  const at = new Date(0).toISOString();

  it('counts finished steps and the running step share towards the whole job', () => {
    const { stream } = captureStream(true);
    const bar = new ProgressBar(stream);
    bar.handle({ type: 'job-start', jobId: 'j', at, steps: ['a', 'b'] });
    bar.handle({ type: 'step-start', jobId: 'j', at, step: 'a', attempt: 1 });
    bar.handle({ type: 'step-end', jobId: 'j', at, step: 'a', cached: false, durationMs: 5, servedBy: [], assetIds: [] });
    bar.handle({ type: 'step-progress', jobId: 'j', at, step: 'b', fraction: 0.5 });
    expect(bar.overall()).toBeCloseTo(0.75);
  });

  it('writes one plain line per step when the output is not a terminal', () => {
    const { stream, written } = captureStream(false);
    const bar = new ProgressBar(stream);
    bar.handle({ type: 'job-start', jobId: 'j', at, steps: ['analyze'] });
    bar.handle({ type: 'step-start', jobId: 'j', at, step: 'analyze', attempt: 1 });
    bar.handle({ type: 'step-end', jobId: 'j', at, step: 'analyze', cached: true, durationMs: 0, servedBy: ['builtin:rules'], assetIds: [] });
    expect(written).toEqual(['… analyze\n', '✓ analyze: reused (builtin:rules)\n']);
  });
});
