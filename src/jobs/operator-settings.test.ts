import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../engine/errors/index.ts';
import { storyPipeline } from '../pipelines/story/story-pipeline.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { createJobService } from './job-service.ts';
import { createPipelineCatalog } from './pipeline-catalog.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

const story = { prompt: 'a sleepy dragon', profile: { name: 'Mia', age: 5, interests: ['cats'] }, video: false };

describe('safety settings are the operator’s, never the job input’s', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    // No worker: these jobs are only created and read back.
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [storyPipeline] });
  });
  afterAll(async () => {
    await system?.close();
    await folder?.remove();
  });

  const storedMode = async (jobId: string) =>
    (await system.database.query<{ mode: string }>(`SELECT input->>'mode' AS mode FROM jobs WHERE id = $1`, [jobId]))[0].mode;

  it('refuses a story job that asks for a mode, with a 400 that names it as an operator setting', async () => {
    for (const mode of ['standard', 'child']) {
      const refused = system.service.create('alice', 'story', { ...story, mode });
      await expect(refused).rejects.toBeInstanceOf(BadInputError);
      await expect(refused).rejects.toThrow(/`mode` is an operator setting/);
    }
    expect(await system.service.list('alice')).toEqual([]);
  });

  it('stores child mode, decided by the server, in the job input by default', async () => {
    const job = await system.service.create('alice', 'story', story);
    expect(job.input).toMatchObject({ mode: 'child' });
    expect(await storedMode(job.id)).toBe('child');
  });

  it('gives standard mode only to the users the operator named, or to all when the operator turned child mode off', async () => {
    const service = (safety: { childMode: boolean; standardModeUsers: string[] }) =>
      createJobService({ database: system.database, queue: system.queue, events: system.events, pipelines: createPipelineCatalog([storyPipeline]), safety });
    const named = service({ childMode: true, standardModeUsers: ['grown-up'] });
    expect(await storedMode((await named.create('grown-up', 'story', story)).id)).toBe('standard');
    expect(await storedMode((await named.create('alice', 'story', story)).id)).toBe('child');
    const off = service({ childMode: false, standardModeUsers: [] });
    expect(await storedMode((await off.create('alice', 'story', story)).id)).toBe('standard');
    // Even a user the operator trusts cannot pick the mode in the request.
    await expect(named.create('grown-up', 'story', { ...story, mode: 'standard' })).rejects.toThrow(/operator setting/);
  });
});
