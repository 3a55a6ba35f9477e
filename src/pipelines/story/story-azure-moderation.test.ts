import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzureStandIn } from '../../providers/azure/testing/azure-stand-in.ts';
import { closedPortURL } from '../../providers/testing/closed-port.ts';
import type { StandIn } from '../../providers/testing/start-stand-in.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { createStoryStore } from './story-store.ts';

const keyVariable = 'KILN_TEST_AZURE_SAFETY_KEY';
const profile = { id: null, name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: [], readingLevel: 'auto', language: 'en', preferredVoice: null };
let folder: string;
let standIn: StandIn;

beforeAll(async () => {
  process.env[keyVariable] = 'story-test-key';
  folder = await mkdtemp(join(tmpdir(), 'kiln-story-azure-'));
  // Every opening of the built-in storyteller says someone "lived" somewhere: the stand-in scores it as severe violence.
  standIn = await startAzureStandIn({ apiKey: 'story-test-key', terms: { lived: ['Violence', 4] } });
});
afterAll(async () => {
  delete process.env[keyVariable];
  await standIn?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A runtime whose moderation list is the built-in rules, then Azure AI Content Safety at `endpoint`. */
async function runtimeWithAzureAt(endpoint: string): Promise<TestRuntime> {
  const file = join(folder, `kiln.config.${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify({
    backends: { azure: { type: 'azure-content-safety', endpoint, apiKeyEnv: keyVariable } },
    capabilities: { moderation: ['builtin:rules', 'azure:content-safety'] },
  }));
  return createTestRuntime({ env: { KILN_CONFIG: file } });
}

async function runStory(testRuntime: TestRuntime, prompt: string): Promise<JobRecord> {
  const { jobs } = testRuntime.runtime;
  const job = await jobs.create('local', 'story', { profile, prompt, scenes: 2, video: false, seed: 12 });
  for (;;) {
    const record = await jobs.get('local', job.id);
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('story pipeline with Azure AI Content Safety, contract test against local stand-in', () => {
  it('still finishes in child mode when Azure cannot be reached, marked as checked locally only', async () => {
    const testRuntime = await runtimeWithAzureAt(await closedPortURL());
    try {
      const job = await runStory(testRuntime, 'a fox who helps a friend');
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
      expect(story.content.checkedLocallyOnly).toBe(true);
      for (const scene of story.content.scenes) {
        expect(scene.moderation.checkedLocallyOnly).toBe(true);
        const azure = scene.moderation.layers.find((layer) => layer.model === 'azure:content-safety');
        expect(azure).toMatchObject({ layer: 'moderation-service', unavailable: expect.stringMatching(/could not be reached/) });
      }
    } finally {
      await testRuntime.close();
    }
  }, 60_000);

  it('replaces a scene Azure flags, and its record names the Azure layer', async () => {
    const testRuntime = await runtimeWithAzureAt(standIn.origin);
    try {
      const job = await runStory(testRuntime, 'a fox who helps a friend');
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
      const [first] = story.content.scenes;
      expect(first.moderation).toMatchObject({ decision: 'fallback', attempts: 3, checkedLocallyOnly: false });
      expect(first.text).not.toMatch(/lived/);
      const azure = first.moderation.layers.find((layer) => layer.model === 'azure:content-safety');
      expect(azure).toMatchObject({ layer: 'moderation-service', passed: true });
      expect(azure?.unavailable).toBeUndefined();
      // The local layers passed the original: only the Azure layer can have failed it.
      const sent = standIn.requests.filter((request) => request.path === '/contentsafety/text:analyze').map((request) => request.json().text as string);
      expect(sent.some((text) => /lived/.test(text))).toBe(true);
      expect(standIn.requests.some((request) => request.path === '/contentsafety/image:analyze')).toBe(true);
      expect(story.content.checkedLocallyOnly).toBe(false);
    } finally {
      await testRuntime.close();
    }
  }, 60_000);
});
