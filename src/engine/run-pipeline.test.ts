import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sleep } from './backoff.ts';
import { BadInputError, ConfigError } from './errors/index.ts';
import { definePipeline } from './define-pipeline.ts';
import type { PipelineDefinition, PipelineNode } from './pipeline.ts';
import type { ProgressEvent } from './progress-event.ts';
import { runPipeline, type RunPipelineOptions } from './run-pipeline.ts';
import { defineStep, type StepContext } from './step.ts';

function step(id: string, run: (input: any, context: StepContext) => Promise<unknown>) {
  return defineStep({ id, version: 1, input: z.any(), output: z.any(), run });
}

function options(overrides: Partial<RunPipelineOptions> = {}): RunPipelineOptions {
  return { jobId: 'job-1', ownerId: 'user-1', input: {}, signal: new AbortController().signal, ...overrides };
}

describe('runPipeline: order and data flow', () => {
  it('runs a diamond in dependency order and hands each node its upstream outputs', async () => {
    const log: string[] = [];
    const seen: Record<string, unknown> = {};
    const record = (name: string) => step(`test.${name}`, async (input) => {
      log.push(`${name}:start`);
      seen[name] = input;
      await sleep(5);
      log.push(`${name}:end`);
      return { from: name };
    });
    const pipeline = definePipeline({
      id: 'diamond',
      description: 'top feeds left and right, which both feed bottom',
      input: z.object({ word: z.string() }),
    })
      .node('top', { step: record('top'), input: (job) => ({ word: job.word }) })
      .node('left', { step: record('left'), after: ['top'], input: (_job, upstream) => ({ got: upstream.top }) })
      .node('right', { step: record('right'), after: ['top'], input: (_job, upstream) => ({ got: upstream.top }) })
      .node('bottom', { step: record('bottom'), after: ['left', 'right'], input: (_job, upstream) => upstream })
      .output((_job, outputs) => outputs.bottom);
    const result = await runPipeline(pipeline, options({ input: { word: 'kiln' } }));

    expect(result.output).toEqual({ from: 'bottom' });
    expect(seen).toEqual({
      top: { word: 'kiln' },
      left: { got: { from: 'top' } },
      right: { got: { from: 'top' } },
      bottom: { left: { from: 'left' }, right: { from: 'right' } },
    });
    const at = (entry: string) => log.indexOf(entry);
    expect(at('top:end')).toBeLessThan(Math.min(at('left:start'), at('right:start')));
    expect(Math.max(at('left:end'), at('right:end'))).toBeLessThan(at('bottom:start'));
    expect(Object.keys(result.nodes).sort()).toEqual(['bottom', 'left', 'right', 'top']);
  });

  it('runs independent nodes side by side, up to the concurrency', async () => {
    const measure = async (concurrency: number | undefined) => {
      let active = 0;
      let most = 0;
      const busy = step('test.busy', async () => {
        active += 1;
        most = Math.max(most, active);
        await sleep(20);
        active -= 1;
        return null;
      });
      const pipeline = definePipeline({ id: 'wide', description: 'four independent nodes', input: z.object({}) })
        .forEach(['a', 'b', 'c', 'd'], (graph, name) => graph.node(`node-${name}`, { step: busy, input: () => name }))
        .output(() => null);
      await runPipeline(pipeline, options({ concurrency }));
      return most;
    };
    expect(await measure(undefined)).toBe(2);
    expect(await measure(4)).toBe(4);
    expect(await measure(1)).toBe(1);
  });

  it('leaves out nodes whose `when` is false, and their dependents stop waiting for them', async () => {
    const echo = step('test.echo', async (input) => input);
    const pipeline = definePipeline({ id: 'optional', description: 'an optional node', input: z.object({ extra: z.boolean() }) })
      .node('main', { step: echo, input: () => 'main' })
      .node('extra', { step: echo, input: () => 'extra', when: (job) => job.extra })
      .node('final', { step: echo, after: ['main', 'extra'], input: (_job, upstream) => Object.keys(upstream).sort() })
      .output((_job, outputs) => outputs.final);
    const events: ProgressEvent[] = [];
    const without = await runPipeline(pipeline, options({ input: { extra: false }, onEvent: (event) => events.push(event) }));
    expect(without.output).toEqual(['main']);
    expect(events[0]).toMatchObject({ type: 'job-start', steps: ['main', 'final'] });
    expect((await runPipeline(pipeline, options({ input: { extra: true } }))).output).toEqual(['extra', 'main']);
  });
});

describe('runPipeline: events', () => {
  it('emits exactly the documented sequence, with progress throttled', async () => {
    let clock = Date.parse('2030-01-01T00:00:00.000Z');
    const now = () => new Date(clock);
    const first = step('test.first', async (_input, context) => {
      context.progress(0);
      clock += 150;
      context.progress(0.5, 'halfway');
      clock += 50;
      context.progress(0.7); // 50 ms after the last one: dropped
      context.progress(1); // the end always goes through
      context.servedBy('builtin:test');
      context.recordAsset('asset-1');
      return 'first-output';
    });
    const second = step('test.second', async () => {
      clock += 10;
      return 'second-output';
    });
    const pipeline = definePipeline({ id: 'events', description: 'two nodes in a chain', input: z.object({}) })
      .node('first', { step: first, input: () => 1 })
      .node('second', { step: second, after: ['first'], input: () => 2 })
      .output((_job, outputs) => ({ last: outputs.second }));
    const events: ProgressEvent[] = [];
    await runPipeline(pipeline, options({ now, onEvent: (event) => events.push(event) }));

    const stamp = (offset: number) => ({ jobId: 'job-1', at: new Date(Date.parse('2030-01-01T00:00:00.000Z') + offset).toISOString() });
    expect(events).toEqual([
      { type: 'job-start', steps: ['first', 'second'], ...stamp(0) },
      { type: 'step-start', step: 'first', attempt: 1, ...stamp(0) },
      { type: 'step-progress', step: 'first', fraction: 0, ...stamp(0) },
      { type: 'step-progress', step: 'first', fraction: 0.5, message: 'halfway', ...stamp(150) },
      { type: 'step-progress', step: 'first', fraction: 1, ...stamp(200) },
      { type: 'step-end', step: 'first', cached: false, durationMs: 200, servedBy: ['builtin:test'], assetIds: ['asset-1'], ...stamp(200) },
      { type: 'step-start', step: 'second', attempt: 1, ...stamp(200) },
      { type: 'step-end', step: 'second', cached: false, durationMs: 10, servedBy: [], assetIds: [], ...stamp(210) },
      { type: 'job-end', output: { last: 'second-output' }, ...stamp(210) },
    ]);
  });
});

describe('runPipeline: checks before running', () => {
  const never = step('test.never', async () => {
    throw new Error('must not run');
  });
  // definePipeline cannot make a cycle or a wait for a missing node, so these graphs are written in
  // the engine's plain shape: the engine still checks what it is handed.
  const plainGraph = (id: string, nodes: Record<string, PipelineNode>): PipelineDefinition => ({
    id, description: 'a broken graph', input: z.object({}), nodes, output: () => null,
  });

  it('rejects a cycle with ConfigError before anything runs or is announced', async () => {
    const events: ProgressEvent[] = [];
    const pipeline = plainGraph('loop', {
      start: { step: never, input: () => null }, a: { step: never, after: ['b'], input: () => null }, b: { step: never, after: ['a'], input: () => null },
    });
    await expect(runPipeline(pipeline, options({ onEvent: (event) => events.push(event) }))).rejects.toThrow(ConfigError);
    await expect(runPipeline(pipeline, options())).rejects.toThrow(/cycle/);
    expect(events).toEqual([]);
  });

  it('rejects an unknown `after` name with ConfigError', async () => {
    const pipeline = plainGraph('typo', { a: { step: never, after: ['analyse'], input: () => null } });
    await expect(runPipeline(pipeline, options())).rejects.toThrow(/waits for `analyse`/);
  });

  it('rejects job input that does not fit with a BadInputError naming the field', async () => {
    const pipeline = definePipeline({ id: 'strict', description: 'needs a count', input: z.object({ count: z.number().max(5) }) })
      .node('a', { step: never, input: () => null })
      .output(() => null);
    const failure = runPipeline(pipeline, options({ input: { count: 9 } }));
    await expect(failure).rejects.toBeInstanceOf(BadInputError);
    await expect(failure).rejects.toThrow(/`strict` pipeline: count: Too big/);
  });
});
