import { describe, expect, it } from 'vitest';
import { BadInputError, CancelledError } from '../../engine/errors/index.ts';
import { MemoryStepCache } from '../../engine/memory-step-cache.ts';
import type { ProgressEvent } from '../../engine/progress-event.ts';
import { runPipeline, type RunPipelineOptions } from '../../engine/run-pipeline.ts';
import { diagnosticPipeline } from './diagnostic-pipeline.ts';

function options(input: unknown, overrides: Partial<RunPipelineOptions> = {}) {
  const events: ProgressEvent[] = [];
  const settings: RunPipelineOptions = {
    jobId: 'job-1', ownerId: 'user-1', input, signal: new AbortController().signal,
    onEvent: (event) => events.push(event), ...overrides,
  };
  return { settings, events };
}

describe('diagnosticPipeline', () => {
  it('runs three waits in a chain and a report by default', async () => {
    const { settings, events } = options({});
    const result = await runPipeline(diagnosticPipeline, settings);
    expect(result.output).toEqual({ steps: 3 });
    expect(events[0]).toMatchObject({ type: 'job-start', steps: ['wait-1', 'wait-2', 'wait-3', 'report'] });
    const order = events.flatMap((event) => (event.type === 'step-start' || event.type === 'step-end' ? [`${event.type}:${event.step}`] : []));
    expect(order).toEqual([
      'step-start:wait-1', 'step-end:wait-1', 'step-start:wait-2', 'step-end:wait-2',
      'step-start:wait-3', 'step-end:wait-3', 'step-start:report', 'step-end:report',
    ]);
    expect(result.nodes['wait-2'].output).toEqual({ index: 2 });
  });

  it('refuses a job that would wait more than 10 seconds in all, so diagnostics cannot hold a worker', () => {
    const refused = [{ steps: 1, delayMs: 60_000 }, { steps: 2, delayMs: 6_000 }, { steps: 20, delayMs: 501 }];
    for (const input of refused) {
      const parsed = diagnosticPipeline.input.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toMatch(/10 seconds/);
    }
    expect(diagnosticPipeline.input.safeParse({ steps: 2, delayMs: 5_000 }).success).toBe(true);
    expect(diagnosticPipeline.input.safeParse({ steps: 20, delayMs: 500 }).success).toBe(true);
  });

  it('echoes the label and honours the number of steps', async () => {
    const { settings, events } = options({ steps: 5, label: 'bench-7' });
    const result = await runPipeline(diagnosticPipeline, settings);
    expect(result.output).toEqual({ label: 'bench-7', steps: 5 });
    expect(Object.keys(result.nodes)).toHaveLength(6);
    expect(result.nodes['wait-5'].output).toEqual({ index: 5, label: 'bench-7' });
    expect(events.at(-1)).toMatchObject({ type: 'job-end', output: { label: 'bench-7', steps: 5 } });
  });

  it('waits the asked time, reporting progress along the way', async () => {
    const { settings, events } = options({ steps: 1, delayMs: 350 });
    const started = performance.now();
    await runPipeline(diagnosticPipeline, settings);
    expect(performance.now() - started).toBeGreaterThanOrEqual(340);
    const fractions = events.flatMap((event) => (event.type === 'step-progress' && event.step === 'wait-1' ? [event.fraction] : []));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThanOrEqual(4);
  });

  it('stops waiting promptly when cancelled', async () => {
    const controller = new AbortController();
    const { settings } = options({ steps: 2, delayMs: 5_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(runPipeline(diagnosticPipeline, settings)).rejects.toBeInstanceOf(CancelledError);
    // Uncancelled it would wait 10 s; a bound well below that holds on a loaded machine too.
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('reuses cached waits when only the number of steps grows', async () => {
    const cache = new MemoryStepCache();
    await runPipeline(diagnosticPipeline, options({ steps: 3, label: 'a' }, { cache }).settings);
    const again = await runPipeline(diagnosticPipeline, options({ steps: 4, label: 'a' }, { cache }).settings);
    const cached = Object.fromEntries(Object.entries(again.nodes).map(([name, node]) => [name, node.cached]));
    expect(cached).toEqual({ 'wait-1': true, 'wait-2': true, 'wait-3': true, 'wait-4': false, report: false });
  });

  it.each([
    [{ steps: 0 }, /steps: Too small/],
    [{ steps: 21 }, /steps: Too big/],
    [{ delayMs: 10_001 }, /delayMs: a diagnostic job waits at most 10 seconds/],
    [{ stesp: 2 }, /Unrecognized key: "stesp"/],
  ])('refuses input %j', async (input, message) => {
    const failure = runPipeline(diagnosticPipeline, options(input).settings);
    await expect(failure).rejects.toBeInstanceOf(BadInputError);
    await expect(failure).rejects.toThrow(message);
  });
});
