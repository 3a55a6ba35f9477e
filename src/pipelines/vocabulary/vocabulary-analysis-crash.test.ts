import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';

// The tokenizer thread's ceiling, lowered below the dictionary's own heap so that every analysis
// thread dies of memory, as one fed a runaway transcript would. Read when the thread first starts.
process.env.KILN_VOCABULARY_THREAD_MEMORY_MB = '8';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
}, 60_000);
afterAll(async () => {
  await testRuntime?.close();
  delete process.env.KILN_VOCABULARY_THREAD_MEMORY_MB;
});

async function run(input: Record<string, unknown>): Promise<JobRecord> {
  const { jobs } = testRuntime.runtime;
  const job = await jobs.create('local', 'vocabulary', input);
  for (;;) {
    const record = await jobs.get('local', job.id);
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a vocabulary job whose analysis thread dies of memory', () => {
  it('fails as bad input naming the line, after the second death, while the server lives on', async () => {
    const transcript = `${'ア'.repeat(20_000)}\n配信はじめます\n`;
    const asset = await testRuntime.runtime.assets.put({ ownerId: 'local', data: Buffer.from(transcript), mediaType: 'text/plain', name: 'stream.txt' });
    const job = await run({ transcriptAssetId: asset.id });
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'bad_input', step: 'analyze' });
    expect(job.error!.message).toMatch(/ran out of memory twice on this transcript; line 1 holds 20,000 characters with no break/);
    // The two deaths happen inside one attempt; bad input is not retried, so the job does not go round again.
    expect(job.steps.find((step) => step.name === 'analyze')).toMatchObject({ state: 'failed', attempts: 1 });
  }, 60_000);
});
