import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sleep } from './backoff.ts';
import {
  BadInputError, CancelledError, InvalidOutputError, KilnError, ProviderFailedError, TimeoutError,
} from './errors/index.ts';
import { MemoryStepCache } from './memory-step-cache.ts';
import type { PipelineDefinition, PipelineNode } from './pipeline.ts';
import type { ProgressEvent } from './progress-event.ts';
import { runPipeline, type RunPipelineOptions } from './run-pipeline.ts';
import { defineStep, type StepContext } from './step.ts';

type Settings = { maxAttempts?: number; timeoutMs?: number; output?: z.ZodType };

function step(run: (context: StepContext) => Promise<unknown>, settings: Settings = {}) {
  const { output = z.any(), ...limits } = settings;
  return defineStep({ id: 'test.step', version: 1, input: z.any(), output, ...limits, run: (_input, context) => run(context) });
}

/** In the engine's plain shape: these tests are about running a graph, whose steps take any input. */
function pipelineOf(nodes: Record<string, PipelineNode>): PipelineDefinition {
  return { id: 'failing', description: 'for failure tests', input: z.object({}), nodes, output: () => 'done' };
}

/**
 * Work that must not be waited for lasts at least twice this long, so a run that returns within it did not wait, however
 * busy the machine (beside a CI run a prompt return took up to a few seconds; the old bounds were 1-2 s against 3-10 s steps).
 */
const notWaited = 30_000;
// A step that ignores its signal sleeps on an unref'd timer, so its leftover timer never holds the test worker open.

function options(overrides: Partial<RunPipelineOptions> = {}): RunPipelineOptions & { events: ProgressEvent[] } {
  const events: ProgressEvent[] = [];
  return {
    jobId: 'job-1', ownerId: 'user-1', input: {}, signal: new AbortController().signal,
    random: () => 0, onEvent: (event) => events.push(event), events, ...overrides,
  };
}

describe('runPipeline: retries', () => {
  it('retries a retryable error and records the attempts', async () => {
    let calls = 0;
    const flaky = step(async (context) => {
      calls += 1;
      if (calls < 3) throw new ProviderFailedError(`backend hiccup ${context.attempt}`);
      return context.attempt;
    });
    const run = options();
    const result = await runPipeline(pipelineOf({ flaky: { step: flaky, input: () => null } }), run);
    expect(result.nodes.flaky).toMatchObject({ attempts: 3, output: 3, cached: false });
    expect(run.events.filter((event) => event.type === 'step-start').map((event) => event.attempt)).toEqual([1, 2, 3]);
  });

  it('gives up after maxAttempts with the last error, naming the step', async () => {
    let calls = 0;
    const broken = step(async () => {
      calls += 1;
      throw new ProviderFailedError('still down');
    }, { maxAttempts: 2 });
    const run = options();
    const failure = await runPipeline(pipelineOf({ broken: { step: broken, input: () => null } }), run).catch((error) => error);
    expect(failure).toBeInstanceOf(ProviderFailedError);
    expect(failure.details).toMatchObject({ step: 'broken' });
    expect(calls).toBe(2);
    expect(run.events.at(-1)).toMatchObject({ type: 'job-error', code: 'provider_failed', message: 'still down', step: 'broken' });
  });

  it('fails at once on an error that is not retryable, wrapping foreign errors', async () => {
    let calls = 0;
    const refuses = step(async () => {
      calls += 1;
      throw new BadInputError('prompt is empty');
    });
    await expect(runPipeline(pipelineOf({ refuses: { step: refuses, input: () => null } }), options())).rejects.toBeInstanceOf(BadInputError);
    expect(calls).toBe(1);

    const bug = new TypeError('undefined is not a function');
    const crashes = step(async () => {
      calls += 1;
      throw bug;
    });
    const failure = await runPipeline(pipelineOf({ crashes: { step: crashes, input: () => null } }), options()).catch((error) => error);
    expect(failure).toBeInstanceOf(KilnError);
    expect(failure).toMatchObject({ code: 'internal', cause: bug, details: { step: 'crashes' } });
    expect(calls).toBe(2);
  });

  it('rejects output that does not fit the schema', async () => {
    const wrong = step(async () => ({ count: 'three' }), { output: z.object({ count: z.number() }), maxAttempts: 1 });
    const failure = runPipeline(pipelineOf({ wrong: { step: wrong, input: () => null } }), options());
    await expect(failure).rejects.toBeInstanceOf(InvalidOutputError);
    await expect(failure).rejects.toThrow(/`wrong` .* count: Invalid input/);
  });
});

describe('runPipeline: time limits and cancel', () => {
  it('stops an attempt at its time limit with a retryable TimeoutError', async () => {
    const aborted: boolean[] = [];
    const slow = step(async (context) => {
      context.signal.addEventListener('abort', () => aborted.push(true));
      await sleep(120_000, context.signal);
    }, { timeoutMs: 30, maxAttempts: 2 });
    const started = performance.now();
    const failure = await runPipeline(pipelineOf({ slow: { step: slow, input: () => null } }), options()).catch((error) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure.details).toMatchObject({ step: 'slow', timeoutMs: 30 });
    expect(aborted).toEqual([true, true]);
    expect(performance.now() - started).toBeLessThan(notWaited);
  });

  it('times out a step that ignores its signal', async () => {
    const stubborn = step(() => new Promise((resolve) => setTimeout(resolve, 2 * notWaited).unref()), { timeoutMs: 20, maxAttempts: 1 });
    const started = performance.now();
    await expect(runPipeline(pipelineOf({ stubborn: { step: stubborn, input: () => null } }), options())).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(notWaited);
  });

  it.each([
    ['honours its signal', (context: StepContext) => sleep(4 * notWaited, context.signal)],
    ['ignores its signal', () => new Promise((resolve) => setTimeout(resolve, 2 * notWaited).unref())],
  ])('cancels promptly mid-step when the step %s, and starts nothing after', async (_how, work) => {
    const controller = new AbortController();
    const signals: AbortSignal[] = [];
    let laterStarted = false;
    const slow = step(async (context) => {
      signals.push(context.signal);
      setTimeout(() => controller.abort(), 20);
      return work(context);
    });
    const later = step(async () => {
      laterStarted = true;
    });
    const run = options({ signal: controller.signal });
    const started = performance.now();
    const pipeline = pipelineOf({ slow: { step: slow, input: () => null }, later: { step: later, after: ['slow'], input: () => null } });
    const failure = await runPipeline(pipeline, run).catch((error) => error);
    expect(failure).toBeInstanceOf(CancelledError);
    expect(performance.now() - started).toBeLessThan(notWaited);
    expect(signals[0].aborted).toBe(true);
    expect(laterStarted).toBe(false);
    expect(run.events.at(-1)).toEqual({ type: 'job-error', jobId: 'job-1', at: expect.any(String), code: 'cancelled', message: 'The job was cancelled.' });
  });

  it('cancels during the wait between retries', async () => {
    const controller = new AbortController();
    const flaky = step(async () => {
      setTimeout(() => controller.abort(), 20);
      throw new ProviderFailedError('hiccup');
    });
    const started = performance.now();
    // A long backoff (the random pick is near the ceiling) that the cancel must cut short.
    const run = options({ signal: controller.signal, random: () => 0.99 });
    await expect(runPipeline(pipelineOf({ flaky: { step: flaky, input: () => null } }), run)).rejects.toBeInstanceOf(CancelledError);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('after a failure starts nothing new but lets running nodes finish into the cache', async () => {
    const cache = new MemoryStepCache();
    let laterStarted = false;
    const fails = step(async () => {
      await sleep(5);
      throw new BadInputError('no');
    });
    const slow = step(async () => {
      await sleep(40);
      return 'kept';
    });
    const later = step(async () => {
      laterStarted = true;
    });
    const pipeline = pipelineOf({
      fails: { step: fails, input: () => 'a' },
      slow: { step: slow, input: () => 'b' },
      later: { step: later, after: ['fails'], input: () => 'c' },
    });
    await expect(runPipeline(pipeline, options({ cache }))).rejects.toMatchObject({ code: 'bad_input', details: { step: 'fails' } });
    expect(laterStarted).toBe(false);
    expect(cache.size).toBe(1);
  });
});
