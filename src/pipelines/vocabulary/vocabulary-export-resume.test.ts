import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import { createRuntime } from '../../runtime/create-runtime.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { temporaryDataDir } from '../../store/testing/temporary-data-dir.ts';
import { waitForStepEnd, withinDeadline } from '../../jobs/testing/wait-for-step-end.ts';
import { waitForJobEnd } from '../music-video/testing/music-video-fixtures.ts';
import { vocabularyRevision } from './exports/vocabulary-revision.ts';
import { japaneseVtt } from './testing/sample-transcripts.ts';

describe('a vocabulary export whose runtime stops after `select`', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let runtime: KilnRuntime | undefined;
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await folder?.remove();
  });

  it('resumes on the next start with the selection from the cache', { timeout: 240_000 }, async () => {
    folder = await temporaryDataDir();
    const env = { KILN_DATA_DIR: folder.dataDir };
    const config = await loadConfig({ cwd: folder.dataDir, env });
    const start = () => createRuntime({ config, env, withWorker: true });

    runtime = await start();
    const transcript = await runtime.assets.put({ ownerId: localUserId, data: Buffer.from(japaneseVtt), mediaType: 'text/plain', name: 'stream.vtt' });
    await waitForJobEnd(runtime, localUserId, (await runtime.jobs.create(localUserId, 'vocabulary', { transcriptAssetId: transcript.id })).id);
    const revision = await vocabularyRevision(runtime.database!, localUserId);
    const job = await runtime.jobs.create(localUserId, 'vocabulary-export', { format: 'pdf', revision });
    // Stopped as soon as the selection is done: the PDF (pdfkit and a Japanese font) is still being written and is aborted.
    let closing: Promise<void> | undefined;
    await waitForStepEnd(runtime, localUserId, job.id, 'select', () => (closing = runtime!.close()));
    await withinDeadline(closing!, 120_000, () => 'The runtime did not close within 120 s of the `select` step ending.');
    runtime = undefined;

    runtime = await start();
    const done = await waitForJobEnd(runtime, localUserId, job.id);
    expect(done.error).toBeNull();
    expect(done.steps.map((step) => [step.name, step.cached, step.attempts])).toEqual([['select', true, 1], ['render-pdf', false, 2]]);
    const files = await runtime.assets.list(localUserId, { jobId: job.id });
    expect(files.map((file) => file.name)).toEqual(['vocabulary-worksheet.pdf']);
  });
});
