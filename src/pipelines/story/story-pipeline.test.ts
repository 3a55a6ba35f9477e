import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { createStoryStore } from './story-store.ts';

let testRuntime: TestRuntime;
let folder: string;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
  folder = await mkdtemp(join(tmpdir(), 'kiln-story-terms-'));
}, 60_000);
afterAll(async () => {
  await testRuntime?.close();
  await rm(folder, { recursive: true, force: true });
});

const profile = { id: null, name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: [], readingLevel: 'auto', language: 'en', preferredVoice: null };

async function runStory(input: Record<string, unknown>, on: TestRuntime = testRuntime): Promise<JobRecord> {
  const { jobs } = on.runtime;
  const job = await jobs.create('local', 'story', { profile, scenes: 2, video: false, seed: 11, ...input });
  for (;;) {
    const record = await jobs.get('local', job.id);
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('story pipeline', () => {
  it('rewrites a scene that fails the guardrails, then replaces it with a safe fallback, recording each decision', async () => {
    // Every opening of the built-in storyteller says someone "lived" somewhere; an operator term makes that fail.
    const terms = join(folder, 'terms.json');
    await writeFile(terms, JSON.stringify({ Fear: { lived: 5 } }));
    // The operator's file reaches the steps through the runtime's config, as KILN_SAFETY_TERMS_FILE sets it.
    const withTerms = await createTestRuntime({ env: { KILN_SAFETY_TERMS_FILE: terms } });
    try {
      const job = await runStory({ prompt: 'a fox who helps a friend', seed: 12 }, withTerms);
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      expect(job.steps.map((step) => step.name)).not.toContain('video');
      const story = await createStoryStore(withTerms.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
      const [first, second] = story.content.scenes;
      expect(first.moderation).toMatchObject({ decision: 'fallback', attempts: 3, checkedLocallyOnly: true });
      expect(first.text).not.toMatch(/lived/);
      expect(first.text).toMatch(/calm and cosy/);
      expect(second.moderation.decision).toBe('pass');
      expect(story.content.videoAssetId).toBeNull();
    } finally {
      await withTerms.close();
    }
  }, 60_000);

  it('writes a parent\'s safety-lesson idea as Kiln\'s own safety story and says so in the saved story', async () => {
    const job = await runStory({ prompt: 'a story where a little otter finds a gun in a drawer, does not touch it and tells her mum' });
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
    expect(story.content.notes.join(' ')).toMatch(/Kiln's own safety stories, "leave it and tell a grown-up"/);
    const text = story.content.scenes.map((scene) => scene.text).join(' ');
    expect(text).toMatch(/otter/);
    expect(text).toMatch(/not a toy/);
    expect(text).not.toMatch(/\bgun\b/);
  }, 60_000);

  it('refuses an unsafe prompt in its first step, so nothing is drawn, read or saved', async () => {
    const before = (await createStoryStore(testRuntime.runtime.database!).list('local')).length;
    const job = await runStory({ prompt: 'a dragon who killed everyone' });
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'unsafe_content', step: 'check-prompt' });
    expect(job.steps.filter((step) => step.state === 'succeeded')).toEqual([]);
    expect(await testRuntime.runtime.assets.list('local', { jobId: job.id })).toEqual([]);
    expect((await createStoryStore(testRuntime.runtime.database!).list('local')).length).toBe(before);
  }, 60_000);
});
