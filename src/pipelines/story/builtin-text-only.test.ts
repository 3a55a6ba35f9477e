import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepContext } from '../../engine/step.ts';
import { createBuiltinBackend } from '../../providers/index.ts';
import { createOllamaBackend } from '../../providers/ollama/ollama-backend.ts';
import { startOllamaStandIn } from '../../providers/ollama/testing/ollama-stand-in.ts';
import { createRegistry } from '../../providers/registry.ts';
import type { StandIn } from '../../providers/testing/start-stand-in.ts';
import { builtinTextOnly } from './builtin-text-only.ts';
import { writeStep } from './write-step.ts';

let ollama: StandIn;
beforeAll(async () => {
  ollama = await startOllamaStandIn();
});
afterAll(async () => {
  await ollama.close();
});

const profile = { id: null, name: 'Mia', age: 5, interests: [], favouriteThings: [], readingLevel: 'auto' as const, language: 'en', preferredVoice: null };

describe('builtinTextOnly, contract test against a local Ollama stand-in', () => {
  it('lets only the built-in storyteller write an idea no language model was asked about, though Ollama is up', async () => {
    const providers = createRegistry({
      backends: [createOllamaBackend({ name: 'ollama', baseURL: ollama.origin }), createBuiltinBackend()],
      capabilities: { text: ['ollama:llama3.2', 'builtin:storyteller'] },
    });
    expect(builtinTextOnly(providers, () => undefined).candidates('text')).toEqual(['builtin:storyteller']);
    const context: StepContext = {
      signal: new AbortController().signal, jobId: 'job', ownerId: 'local', attempt: 1, temporaryFolder: '/tmp',
      progress() {}, servedBy() {}, warn() {}, recordAsset() {}, services: { providers },
    };
    const input = { prompt: 'a kind fox who helps a friend', profile, scenes: 1, seed: 2, mode: 'child' as const };
    const passedOver: { candidate: string; reason: string }[][] = [];
    const unchecked = await writeStep.run({ ...input, ideaUnchecked: [{ candidate: 'ollama:llama3.2', reason: 'it was down' }] }, { ...context, servedBy: (_model, skipped) => passedOver.push([...(skipped ?? [])]) });
    expect(unchecked.writtenBy).toBe('builtin:storyteller');
    // The model the check could not ask is reported as passed over, as a fallback is.
    expect(passedOver[0]).toEqual([{ candidate: 'ollama:llama3.2', reason: 'it was down' }]);
    expect(ollama.requests.filter((request) => request.path === '/api/chat')).toHaveLength(0);
    // The same step without the flag goes to Ollama first: the flag is what kept it away.
    expect((await writeStep.run(input, context)).writtenBy).toBe('ollama:llama3.2');
  }, 60_000);
});
