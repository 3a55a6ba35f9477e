// The step cache keys a step's declared asset inputs by their bytes: the real database, the real
// asset store and the runner, as a worker uses them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import type { PipelineDefinition } from '../engine/pipeline.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { runPipeline } from '../engine/run-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import { assetSha256From } from './asset-sha256.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase, type Database } from './database.ts';
import { createStepCache } from './step-cache.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

function assetsOf(context: { services: Record<string, unknown> }): AssetStore {
  return context.services.assets as AssetStore;
}

// Reads the note and stores it shouted: its output names the asset it made, not the note.
const shoutStep = defineStep({
  id: 'test.shout',
  version: 1,
  assetInputs: ['noteAssetId'],
  input: z.object({ noteAssetId: z.string() }),
  output: z.object({ shoutedAssetId: z.string(), letters: z.number() }),
  async run({ noteAssetId }, context) {
    const assets = assetsOf(context);
    const text = new TextDecoder().decode(await assets.read(await assets.get(context.ownerId, noteAssetId)));
    const stored = await assets.put({ ownerId: context.ownerId, jobId: context.jobId, data: new TextEncoder().encode(text.toUpperCase()), mediaType: 'text/plain', name: 'shouted.txt' });
    context.recordAsset(stored.id);
    return { shoutedAssetId: stored.id, letters: text.length };
  },
});

const countStep = defineStep({
  id: 'test.count',
  version: 1,
  input: z.object({ letters: z.number() }),
  output: z.object({ words: z.number() }),
  run: async ({ letters }) => ({ words: Math.ceil(letters / 5) }),
});

const shoutPipeline = definePipeline({ id: 'shout', description: 'shouts a note', input: z.object({ noteAssetId: z.string() }) })
  .node('shout', { step: shoutStep, input: (job) => ({ noteAssetId: job.noteAssetId }) })
  .node('count', { step: countStep, after: ['shout'], input: (_job, upstream) => ({ letters: upstream.shout.letters }) })
  .output((_job, outputs) => ({ ...outputs.shout, ...outputs.count }));

// Declares its input an asset input but passes the id on: a hit from another upload would answer the wrong id.
const echoStep = defineStep({
  id: 'test.echo',
  version: 1,
  assetInputs: ['noteAssetId'],
  input: z.object({ noteAssetId: z.string() }),
  output: z.object({ noteAssetId: z.string() }),
  run: async ({ noteAssetId }) => ({ noteAssetId }),
});
const echoPipeline = definePipeline({ id: 'echo', description: 'echoes a note', input: z.object({ noteAssetId: z.string() }) })
  .node('echo', { step: echoStep, input: (job) => ({ noteAssetId: job.noteAssetId }) })
  .output((_job, outputs) => outputs.echo);

describe('step cache keys over asset contents', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  let assets: AssetStore;
  let jobs = 0;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
    assets = await createAssetStore({ database, dataDir: folder.dataDir });
  });
  afterAll(async () => {
    await database.close();
    await folder.remove();
  });

  const upload = async (ownerId: string, text: string) =>
    (await assets.put({ ownerId, data: new TextEncoder().encode(text), mediaType: 'text/plain', name: 'note.txt' })).id;

  /** Runs a job as the worker does; answers its result and which nodes came from the cache. */
  async function run(pipeline: PipelineDefinition<{ noteAssetId: string }, object>, ownerId: string, noteAssetId: string) {
    const jobId = `job-${++jobs}`;
    // Assets a step writes name their job, and may only name jobs that exist.
    await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ($1, $2, $3, 'running', '{}')`, [jobId, ownerId, pipeline.id]);
    const ends: Record<string, boolean> = {};
    const onEvent = (event: ProgressEvent) => {
      if (event.type === 'step-end') ends[event.step] = event.cached;
    };
    const result = await runPipeline(pipeline, {
      jobId, ownerId, input: { noteAssetId }, signal: new AbortController().signal,
      cache: createStepCache(database), assetSha256: assetSha256From(assets), services: { assets }, onEvent,
    });
    return { output: result.output as Record<string, unknown>, cached: ends };
  }

  it('reuses every step when the same bytes are uploaded again as another asset', async () => {
    const first = await run(shoutPipeline, 'alice', await upload('alice', 'the same song'));
    expect(first.cached).toEqual({ shout: false, count: false });
    const again = await run(shoutPipeline, 'alice', await upload('alice', 'the same song'));
    expect(again.cached).toEqual({ shout: true, count: true });
    expect(again.output).toEqual(first.output);
  });

  it('runs again for other bytes, and for another owner with the same bytes', async () => {
    await run(shoutPipeline, 'alice', await upload('alice', 'a first tune'));
    expect((await run(shoutPipeline, 'alice', await upload('alice', 'a second tune'))).cached.shout).toBe(false);
    const theirs = await run(shoutPipeline, 'mallory', await upload('mallory', 'a first tune'));
    expect(theirs.cached.shout).toBe(false);
    // Mallory's job names Mallory's asset, never Alice's.
    await expect(assets.get('mallory', theirs.output.shoutedAssetId as string)).resolves.toMatchObject({ ownerId: 'mallory' });
  });

  it('never answers from the cache for an input the owner deleted: the step runs and says it is gone', async () => {
    const note = await upload('bob', 'a deleted song');
    await run(shoutPipeline, 'bob', note);
    await assets.delete('bob', note);
    const events: ProgressEvent[] = [];
    await expect(runPipeline(shoutPipeline, {
      jobId: 'job-deleted', ownerId: 'bob', input: { noteAssetId: note }, signal: new AbortController().signal,
      cache: createStepCache(database), assetSha256: assetSha256From(assets), services: { assets }, onEvent: (event) => events.push(event),
    })).rejects.toMatchObject({ code: 'not_found' });
    expect(events.some((event) => event.type === 'step-end')).toBe(false);
  });

  it('after the first upload is deleted, the same bytes uploaded again reuse the steps and answer assets that exist', async () => {
    const note = await upload('carol', 'a song kept twice');
    const first = await run(shoutPipeline, 'carol', note);
    await assets.delete('carol', note);
    const again = await run(shoutPipeline, 'carol', await upload('carol', 'a song kept twice'));
    expect(again.cached.shout).toBe(true);
    await expect(assets.get('carol', again.output.shoutedAssetId as string)).resolves.toMatchObject({ id: first.output.shoutedAssetId });
  });

  it('keeps no entry whose output names its input asset, so no hit hands back another upload\'s id', async () => {
    await run(echoPipeline, 'dave', await upload('dave', 'an echo'));
    const secondNote = await upload('dave', 'an echo');
    const again = await run(echoPipeline, 'dave', secondNote);
    expect(again.cached.echo).toBe(false);
    expect(again.output.noteAssetId).toBe(secondNote);
  });
});
