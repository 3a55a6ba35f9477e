import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import { createRuntime } from '../../runtime/create-runtime.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { waitForStepEnd, withinDeadline } from '../../jobs/testing/wait-for-step-end.ts';
import { temporaryDataDir } from '../../store/testing/temporary-data-dir.ts';
import { testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';

describe.skipIf(toolMissing('ffmpeg'))('a music video job whose worker stops mid-job (needs ffmpeg)', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let runtime: KilnRuntime | undefined;
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await folder?.remove();
  });

  it('resumes on the next start without redoing the analysis or the pictures', async () => {
    folder = await temporaryDataDir();
    const env = { KILN_DATA_DIR: folder.dataDir };
    const config = await loadConfig({ cwd: folder.dataDir, env });
    const start = () => createRuntime({ config, env, withWorker: true });

    runtime = await start();
    const song = await runtime.assets.put({ ownerId: localUserId, data: testSongWav(30).wav, mediaType: 'audio/wav', name: 'song.wav' });
    const job = await runtime.jobs.create(localUserId, 'music-video', { songAssetId: song.id, moments: 4, width: 640, height: 360 });
    await waitForStepEnd(runtime, localUserId, job.id, 'images');
    // Stopping the process's runtime stops its worker: the running `video` step is aborted and the
    // job goes back to the queue, as when `kiln serve` is stopped mid-job.
    await withinDeadline(runtime.close(), 120_000, () => 'The runtime did not close within 120 s of the `images` step ending.');
    runtime = undefined;

    runtime = await start();
    const done = await waitForJobEnd(runtime, localUserId, job.id);
    expect(done.error).toBeNull();
    // `video` was started before the stop and ran again from its start; the other two came from the cache.
    expect(done.steps.map((step) => [step.name, step.cached, step.attempts])).toEqual([['analyze', true, 1], ['images', true, 1], ['video', false, 2]]);
    const assets = await runtime.assets.list(localUserId, { jobId: job.id });
    const kinds = assets.map((asset) => String(asset.metadata.kind)).filter((kind) => kind !== 'shot-clip').sort();
    // Nothing was drawn or analysed twice: one analysis, one picture per moment, one video, one thumbnail.
    expect(kinds).toEqual(['analysis', 'final-video', 'key-moment-image', 'key-moment-image', 'key-moment-image', 'key-moment-image', 'thumbnail']);
    // And one kept clip per shot, none twice, whichever attempt rendered it.
    const clipKeys = assets.filter((asset) => asset.metadata.kind === 'shot-clip').map((asset) => asset.metadata.shotKey);
    expect(new Set(clipKeys).size).toBe(clipKeys.length);
    expect(clipKeys).toHaveLength((done.output as { cuts: number[] }).cuts.length + 1);
  });
});
