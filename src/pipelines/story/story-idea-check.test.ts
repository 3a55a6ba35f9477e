import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaStandIn } from '../../providers/ollama/testing/ollama-stand-in.ts';
import { closedPortURL } from '../../providers/testing/closed-port.ts';
import type { StandIn } from '../../providers/testing/start-stand-in.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { createStoryStore } from './story-store.ts';

const profile = { id: null, name: 'Mia', age: 6, interests: ['space'], favouriteThings: [], readingLevel: 'auto', language: 'en', preferredVoice: null };
let folder: string;
let standIn: StandIn;
// The stand-in's verdict on plain chat; the story itself (JSON) is the stand-in's own answer to the schema.
let verdict = 'safe';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-story-idea-check-'));
  standIn = await startOllamaStandIn({ reply: () => verdict });
});
afterAll(async () => {
  await standIn?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A runtime whose text list is Ollama at `baseURL`, then the built-in storyteller. */
async function runtimeWithOllamaAt(baseURL: string): Promise<TestRuntime> {
  const file = join(folder, `kiln.config.${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify({
    backends: { ollama: { type: 'ollama', baseURL } },
    capabilities: { text: ['ollama:llama3.2', 'builtin:storyteller'] },
  }));
  return createTestRuntime({ env: { KILN_CONFIG: file } });
}

async function runStory(testRuntime: TestRuntime, prompt: string): Promise<JobRecord> {
  const { jobs } = testRuntime.runtime;
  const job = await jobs.create('local', 'story', { profile, prompt, scenes: 1, video: false, seed: 3 });
  for (;;) {
    const record = await jobs.get('local', job.id);
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('story pipeline with the AI idea check, contract test against a local Ollama stand-in', () => {
  it('writes the story after a clear "safe" and keeps who judged the idea with it', async () => {
    const testRuntime = await runtimeWithOllamaAt(standIn.origin);
    try {
      verdict = 'safe';
      const job = await runStory(testRuntime, 'a kind fox who helps a friend');
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      expect(job.steps.find((step) => step.name === 'check-prompt')?.servedBy).toEqual(['ollama:llama3.2']);
      const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
      expect(story.content.ideaCheck).toEqual({ model: 'ollama:llama3.2', backendType: 'ollama', answer: 'safe', passed: true, passedOver: [] });
      const question = standIn.requests.find((request) => request.path === '/api/chat' && request.json().format === undefined)!.json();
      expect(question.messages.at(-1).content).toContain('for a child aged 6');
    } finally {
      await testRuntime.close();
    }
  }, 120_000);

  it('refuses an idea the model calls unsafe before anything is written', async () => {
    const testRuntime = await runtimeWithOllamaAt(standIn.origin);
    try {
      verdict = 'unsafe\nS2';
      const before = standIn.requests.length;
      const job = await runStory(testRuntime, 'a kind fox who helps a friend');
      expect(job.state).toBe('failed');
      expect(job.error).toMatchObject({ code: 'unsafe_content', step: 'check-prompt', message: expect.stringMatching(/llama3\.2 on Ollama judged this idea not right .* violence and injuries/) });
      // Only the question was sent: no story was asked for.
      expect(standIn.requests.slice(before).filter((request) => request.path === '/api/chat')).toHaveLength(1);
    } finally {
      await testRuntime.close();
    }
  }, 120_000);

  it('when Ollama cannot be reached, lets only the built-in storyteller write, and says Ollama was not asked', async () => {
    const testRuntime = await runtimeWithOllamaAt(await closedPortURL());
    try {
      const job = await runStory(testRuntime, 'a kind fox who helps a friend');
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
      expect(story.content.writtenBy).toBe('builtin:storyteller');
      expect(job.steps.find((step) => step.name === 'write')?.passedOver).toEqual([{ candidate: 'ollama:llama3.2', reason: expect.stringMatching(/could not be reached/) }]);
      expect(story.content.ideaCheck).toBeUndefined();
      expect(story.content.ideaUnchecked).toEqual([{ candidate: 'ollama:llama3.2', reason: expect.stringMatching(/ollama could not be reached/) }]);
    } finally {
      await testRuntime.close();
    }
  }, 120_000);
});
