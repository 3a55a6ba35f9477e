import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from './define-pipeline.ts';
import type { ProgressEvent } from './progress-event.ts';
import { MemoryStepCache } from './memory-step-cache.ts';
import { runPipeline, type RunPipelineOptions } from './run-pipeline.ts';
import { defineStep } from './step.ts';

/** analyze → images → video, where only `style` feeds images and only `fps` feeds video. */
function musicVideo() {
  const calls = { analyze: 0, images: 0, video: 0 };
  const analyze = defineStep({
    id: 'test.analyze', version: 1, input: z.object({ song: z.string() }), output: z.object({ beats: z.number() }),
    run: async ({ song }) => {
      calls.analyze += 1;
      return { beats: song.length };
    },
  });
  const images = defineStep({
    id: 'test.images', version: 1, input: z.object({ beats: z.number(), style: z.string() }), output: z.object({ frames: z.array(z.string()) }),
    run: async ({ beats, style }, context) => {
      calls.images += 1;
      context.recordAsset(`image-${style}`);
      return { frames: Array.from({ length: beats }, () => style) };
    },
  });
  const video = defineStep({
    id: 'test.video', version: 1, input: z.object({ frames: z.array(z.string()), fps: z.number() }), output: z.object({ summary: z.string() }),
    run: async ({ frames, fps }) => {
      calls.video += 1;
      return { summary: `${frames.join(',')}@${fps}` };
    },
  });
  const pipeline = definePipeline({
    id: 'music-video-test',
    description: 'three steps in a chain',
    input: z.object({ song: z.string(), style: z.string(), fps: z.number() }),
  })
    .node('analyze', { step: analyze, input: (job) => ({ song: job.song }) })
    .node('images', { step: images, after: ['analyze'], input: (job, upstream) => ({ beats: upstream.analyze.beats, style: job.style }) })
    .node('video', { step: video, after: ['images'], input: (job, upstream) => ({ frames: upstream.images.frames, fps: job.fps }) })
    .output((_job, outputs) => outputs.video.summary);
  return { calls, pipeline };
}

function options(cache: MemoryStepCache, input: unknown, overrides: Partial<RunPipelineOptions> = {}): RunPipelineOptions {
  return { jobId: 'job-1', ownerId: 'user-1', input, signal: new AbortController().signal, cache, ...overrides };
}

const song = { song: 'abc', style: 'ink', fps: 24 };

describe('runPipeline with a step cache', () => {
  it('redoes nothing on a second run with the same input', async () => {
    const { calls, pipeline } = musicVideo();
    const cache = new MemoryStepCache();
    const first = await runPipeline(pipeline, options(cache, song));
    const events: ProgressEvent[] = [];
    const second = await runPipeline(pipeline, options(cache, song, { onEvent: (event) => events.push(event) }));

    expect(calls).toEqual({ analyze: 1, images: 1, video: 1 });
    expect(second.output).toBe('ink,ink,ink@24');
    expect(second.output).toBe(first.output);
    expect(Object.values(second.nodes).map((node) => [node.cached, node.attempts])).toEqual([[true, 0], [true, 0], [true, 0]]);
    expect(second.nodes.images.assetIds).toEqual(['image-ink']);
    // A cached node announces only its end.
    expect(events.map((event) => event.type)).toEqual(['job-start', 'step-end', 'step-end', 'step-end', 'job-end']);
    expect(events.find((event) => event.type === 'step-end' && event.step === 'images')).toMatchObject({ cached: true, assetIds: ['image-ink'] });
  });

  it('redoes only the nodes a changed setting reaches', async () => {
    const { calls, pipeline } = musicVideo();
    const cache = new MemoryStepCache();
    const first = await runPipeline(pipeline, options(cache, song));

    const restyled = await runPipeline(pipeline, options(cache, { ...song, style: 'oil' }));
    expect(calls).toEqual({ analyze: 1, images: 2, video: 2 });
    expect(restyled.nodes.analyze).toMatchObject({ cached: true, key: first.nodes.analyze.key });
    expect(restyled.nodes.images.key).not.toBe(first.nodes.images.key);
    expect(restyled.output).toBe('oil,oil,oil@24');

    const faster = await runPipeline(pipeline, options(cache, { ...song, style: 'oil', fps: 30 }));
    expect(calls).toEqual({ analyze: 1, images: 2, video: 3 });
    expect(faster.nodes.images.cached).toBe(true);
    expect(faster.output).toBe('oil,oil,oil@30');
  });

  it('keeps users apart: the same input from another owner runs again', async () => {
    const { calls, pipeline } = musicVideo();
    const cache = new MemoryStepCache();
    await runPipeline(pipeline, options(cache, song));
    await runPipeline(pipeline, options(cache, song, { ownerId: 'user-2' }));
    expect(calls).toEqual({ analyze: 2, images: 2, video: 2 });
  });

  it('runs a step again when its cached output no longer fits the schema', async () => {
    const { calls, pipeline } = musicVideo();
    const cache = new MemoryStepCache();
    const first = await runPipeline(pipeline, options(cache, song));
    await cache.set(first.nodes.analyze.key, { ownerId: 'user-1', stepId: 'test.analyze', output: { beats: 'many' }, assetIds: [] });
    const second = await runPipeline(pipeline, options(cache, song));
    expect(calls.analyze).toBe(2);
    expect(second.nodes.analyze.cached).toBe(false);
    expect(second.nodes.images.cached).toBe(true);
  });

  it('always runs a step that is not cacheable; nodes after it are redone only when its output changes', async () => {
    let minute = 1;
    let downstreamCalls = 0;
    const clock = defineStep({ id: 'test.clock', version: 1, cacheable: false, input: z.null(), output: z.number(), run: async () => minute });
    // Its own input never changes: only the upstream key can tell it that the clock moved.
    const tick = defineStep({
      id: 'test.tick', version: 1, input: z.literal('tick'), output: z.number(),
      run: async () => {
        downstreamCalls += 1;
        return downstreamCalls;
      },
    });
    const pipeline = definePipeline({ id: 'clock', description: 'reads the clock', input: z.object({}) })
      .node('clock', { step: clock, input: () => null })
      .node('tick', { step: tick, after: ['clock'], input: () => 'tick' })
      .output((_job, outputs) => outputs.tick);
    const cache = new MemoryStepCache();
    await runPipeline(pipeline, options(cache, {}));
    const same = await runPipeline(pipeline, options(cache, {}));
    expect(same.nodes.clock.cached).toBe(false);
    expect(same.nodes.tick.cached).toBe(true);
    expect(cache.size).toBe(1);

    minute = 2;
    const later = await runPipeline(pipeline, options(cache, {}));
    expect(later.nodes.tick.cached).toBe(false);
    expect(downstreamCalls).toBe(2);
  });

  it('does not keep what a fallback made after a preferred backend failed: the next run asks that backend again', async () => {
    let gpuUp = false;
    let drawn = 0;
    const draw = defineStep({
      id: 'test.draw', version: 1, input: z.object({ style: z.string() }), output: z.object({ by: z.string() }),
      run: async (_input, context) => {
        drawn += 1;
        if (gpuUp) {
          context.servedBy('gpu-box:model');
          return { by: 'gpu-box' };
        }
        context.servedBy('builtin:illustrator', [{ candidate: 'gpu-box:model', reason: 'gpu-box could not be reached' }]);
        return { by: 'builtin' };
      },
    });
    const pipeline = definePipeline({ id: 'fallback-test', description: 'a drawing and what is made of it', input: z.object({ style: z.string() }) })
      .node('draw', { step: draw, input: (job) => job })
      .node('show', { step: defineStep({ id: 'test.show', version: 1, input: z.object({ by: z.string() }), output: z.string(), run: async ({ by }) => `drawn by ${by}` }), after: ['draw'], input: (_job, upstream) => upstream.draw })
      .output((_job, outputs) => outputs.show);
    const cache = new MemoryStepCache();
    const input = { style: 'ink' };

    expect((await runPipeline(pipeline, options(cache, input))).output).toBe('drawn by builtin');
    gpuUp = true;
    const second = await runPipeline(pipeline, options(cache, input));
    expect(second.output).toBe('drawn by gpu-box');
    expect(second.nodes.draw.cached).toBe(false);
    // Served without a fallback, it is kept as usual.
    const third = await runPipeline(pipeline, options(cache, input));
    expect(third.nodes.draw.cached).toBe(true);
    expect(third.nodes.show.cached).toBe(true);
    expect(drawn).toBe(2);
  });
});
