import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import type { ProviderRegistry } from './contracts.ts';
import { createTestRuntime, type TestRuntime } from './testing/create-test-runtime.ts';

/** Opened by the test once it has replaced the registry, so the probe's job is mid-run at that moment. */
let openGate: () => void = () => undefined;
let gate = Promise.resolve();
let probeStarted: () => void = () => undefined;

const probe = defineStep({
  id: 'test.registry-probe',
  version: 1,
  input: z.object({ run: z.number() }),
  output: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  run: async (_input, context) => {
    const before = [...(context.services.providers as ProviderRegistry).candidates('text')];
    probeStarted();
    await gate;
    return { before, after: [...(context.services.providers as ProviderRegistry).candidates('text')] };
  },
});

const probePipeline = definePipeline({
  id: 'registry-probe',
  description: 'reads the text fallback list before and after a pause',
  input: z.object({ run: z.number() }),
})
  .node('probe', { step: probe, input: (job) => ({ run: job.run }) })
  .output((_job, outputs) => outputs.probe);

describe('replaceProviders', () => {
  let testRuntime: TestRuntime;
  beforeAll(async () => {
    testRuntime = await createTestRuntime({ pipelines: [probePipeline] });
  });
  afterAll(() => testRuntime.close());

  async function finished(jobId: string) {
    await expect.poll(async () => (await testRuntime.runtime.jobs.get('local', jobId)).state, { timeout: 20_000 }).toBe('succeeded');
    return (await testRuntime.runtime.jobs.get('local', jobId)).output as { before: string[]; after: string[] };
  }

  it('lets a running job finish with the registry it started with, and gives new work the new one', async () => {
    const { runtime } = testRuntime;
    const original = [...runtime.providers.candidates('text')];
    gate = new Promise((resolve) => (openGate = resolve));
    const started = new Promise<void>((resolve) => (probeStarted = resolve));
    const running = await runtime.jobs.create('local', 'registry-probe', { run: 1 });
    await started;

    await runtime.replaceProviders!({ ...runtime.config, capabilities: { ...runtime.config.capabilities, text: ['builtin:storyteller', 'builtin:other'] } });
    expect(runtime.providers.candidates('text')).toEqual(['builtin:storyteller', 'builtin:other']);
    expect(runtime.config.capabilities.text).toEqual(['builtin:storyteller', 'builtin:other']);
    openGate();
    expect(await finished(running.id)).toEqual({ before: original, after: original });

    const next = await runtime.jobs.create('local', 'registry-probe', { run: 2 });
    expect((await finished(next.id)).before).toEqual(['builtin:storyteller', 'builtin:other']);
  });
});
