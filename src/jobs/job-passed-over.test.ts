import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import { createOllamaBackend } from '../providers/ollama/ollama-backend.ts';
import { startOllamaStandIn } from '../providers/ollama/testing/ollama-stand-in.ts';
import { createRegistry } from '../providers/registry.ts';
import { closedPortURL } from '../providers/testing/closed-port.ts';
import type { StandIn } from '../providers/testing/start-stand-in.ts';
import type { ProviderRegistry } from '../runtime/contracts.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

const patience = { timeout: 15_000 };

/** One step that asks the text capability once, passing who served (and who was passed over) to the record. */
const askStep = defineStep({
  id: 'asking.ask',
  version: 1,
  input: z.object({ prompt: z.string() }),
  output: z.object({ text: z.string() }),
  maxAttempts: 1,
  cacheable: false,
  async run(input, context) {
    const providers = context.services.providers as ProviderRegistry;
    const model = providers.model('text', { onServed: (candidate, passedOver) => context.servedBy(candidate, passedOver) });
    const result = await model.generate({ prompt: input.prompt, abortSignal: context.signal });
    return { text: result.text };
  },
});

const askingPipeline = definePipeline({
  id: 'asking',
  description: 'Asks the text capability once.',
  input: z.object({ prompt: z.string() }),
})
  .node('ask', { step: askStep, input: (job) => job })
  .output((_job, outputs) => outputs.ask);

describe('a fallback is recorded in the job, never silent', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;
  let spare: StandIn;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    spare = await startOllamaStandIn({ models: ['llama3.2'] });
    const providers = createRegistry({
      backends: [
        createOllamaBackend({ name: 'myollama', baseURL: await closedPortURL() }),
        createOllamaBackend({ name: 'spare', baseURL: spare.origin }),
      ],
      capabilities: { text: ['myollama:llama3.2', 'spare:llama3.2'] },
    });
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [askingPipeline] });
    await system.worker([askingPipeline], { services: { providers } }).start();
  });
  afterAll(async () => {
    await system?.close();
    await spare?.close();
    await folder?.remove();
  });

  it('keeps the preferred backend that failed, with why, beside the one that served, in the job record', async () => {
    const created = await system.service.create('alice', 'asking', { prompt: 'hello' });
    await expect.poll(async () => (await system.service.get('alice', created.id)).state, patience).toBe('succeeded');

    const [step] = (await system.service.get('alice', created.id)).steps;
    expect(step.servedBy).toEqual(['spare:llama3.2']);
    expect(step.passedOver).toEqual([{ candidate: 'myollama:llama3.2', reason: expect.stringMatching(/myollama.*could not be reached/) }]);
  });
});
