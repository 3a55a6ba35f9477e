/**
 * An in-memory KilnRuntime for the server's own tests: it keeps the contracts' promises that the
 * routes rely on (ownership answers 404, a failed upload stream stores nothing, events reach
 * subscribers) without a database. Integration tests with the real runtime live beside the routes.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { BadInputError, ConflictError, NotFoundError } from '../../engine/errors/index.ts';
import type { PipelineDefinition } from '../../engine/pipeline.ts';
import type { ProgressEvent } from '../../engine/progress-event.ts';
import type { AssetRecord, BackendHealth, JobRecord, KilnRuntime } from '../../runtime/contracts.ts';

export interface FakeRuntime extends KilnRuntime {
  /** Sends an event to the job's subscribers, as the worker would. */
  emit(event: ProgressEvent): void;
  /** Subscriptions currently open, to check streams clean up. */
  openSubscriptions(): number;
  /** Bytes stored per asset id. */
  storedBytes: Map<string, Uint8Array>;
  /** Calls made to assets.put, including failed ones. */
  putCalls: number;
  /** Calls made to jobs.subscribe. */
  subscribeCalls: number;
}

export const echoPipeline: PipelineDefinition = {
  id: 'echo',
  description: 'Repeats a text; for tests.',
  input: z.object({ text: z.string().max(100), repeat: z.number().int().min(1).default(1) }),
  nodes: {},
  output: () => ({}),
};

const finished = new Set<JobRecord['state']>(['succeeded', 'failed', 'cancelled']);

async function readAll(data: Uint8Array | Readable): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const chunks: Buffer[] = [];
  for await (const chunk of data) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function createFakeRuntime(options: { authMode?: 'local' | 'jwt'; backends?: BackendHealth[] } = {}): FakeRuntime {
  const jobs = new Map<string, JobRecord>();
  const assets = new Map<string, AssetRecord>();
  const storedBytes = new Map<string, Uint8Array>();
  const listeners = new Map<string, Set<(event: ProgressEvent) => void>>();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}-${++sequence}`;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString();

  const ownJob = (ownerId: string, jobId: string): JobRecord => {
    const job = jobs.get(jobId);
    if (!job || job.ownerId !== ownerId) throw new NotFoundError(`Job ${jobId}`);
    return job;
  };
  const ownAsset = (ownerId: string, assetId: string): AssetRecord => {
    const asset = assets.get(assetId);
    if (!asset || asset.ownerId !== ownerId) throw new NotFoundError(`Asset ${assetId}`);
    return asset;
  };

  const runtime: FakeRuntime = {
    config: {} as KilnRuntime['config'],
    databaseKind: 'pglite',
    authMode: options.authMode ?? 'local',
    storedBytes,
    putCalls: 0,
    subscribeCalls: 0,
    jobs: {
      async create(ownerId, pipelineId, input) {
        const parsed = echoPipeline.input.safeParse(input);
        if (!parsed.success) throw new BadInputError(`The input does not fit the ${pipelineId} pipeline.`);
        const at = now();
        const job: JobRecord = {
          id: nextId('job'), ownerId, pipeline: pipelineId, state: 'queued', progress: 0, input: parsed.data, output: null,
          error: null, steps: [], createdAt: at, updatedAt: at, startedAt: null, endedAt: null,
        };
        jobs.set(job.id, job);
        return job;
      },
      async get(ownerId, jobId) {
        return ownJob(ownerId, jobId);
      },
      async list(ownerId, listOptions = {}) {
        return [...jobs.values()]
          .filter((job) => job.ownerId === ownerId && (!listOptions.pipeline || job.pipeline === listOptions.pipeline))
          .filter((job) => !listOptions.before || job.createdAt < listOptions.before)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, listOptions.limit ?? 50);
      },
      async cancel(ownerId, jobId) {
        const job = ownJob(ownerId, jobId);
        if (finished.has(job.state)) throw new ConflictError(`Job ${jobId} already ended (${job.state}).`);
        job.state = 'cancelled';
        return job;
      },
      async subscribe(jobId, listener) {
        runtime.subscribeCalls += 1;
        const set = listeners.get(jobId) ?? new Set();
        set.add(listener);
        listeners.set(jobId, set);
        return async () => {
          set.delete(listener);
        };
      },
      async queueDepth() {
        return [...jobs.values()].filter((job) => job.state === 'queued').length;
      },
    },
    assets: {
      async put(input) {
        runtime.putCalls += 1;
        const bytes = await readAll(input.data);
        const asset: AssetRecord = {
          id: nextId('asset'), ownerId: input.ownerId, sha256: createHash('sha256').update(bytes).digest('hex'),
          mediaType: input.mediaType, sizeBytes: bytes.length, name: input.name, jobId: input.jobId ?? null,
          metadata: input.metadata ?? {}, createdAt: now(),
        };
        assets.set(asset.id, asset);
        storedBytes.set(asset.id, bytes);
        return asset;
      },
      async get(ownerId, assetId) {
        return ownAsset(ownerId, assetId);
      },
      async read(asset) {
        return storedBytes.get(asset.id) ?? new Uint8Array();
      },
      stream(asset, range) {
        const bytes = storedBytes.get(asset.id) ?? new Uint8Array();
        return Readable.from([Buffer.from(range ? bytes.subarray(range.start, range.end + 1) : bytes)]);
      },
      pathOf() {
        throw new Error('The fake runtime keeps assets in memory.');
      },
      async list(ownerId, listOptions = {}) {
        return [...assets.values()]
          .filter((asset) => asset.ownerId === ownerId && (!listOptions.jobId || asset.jobId === listOptions.jobId))
          .slice(0, listOptions.limit ?? 100);
      },
      async delete(ownerId, assetId) {
        ownAsset(ownerId, assetId);
        assets.delete(assetId);
        storedBytes.delete(assetId);
      },
    },
    providers: {
      model() {
        throw new Error('The fake runtime has no models.');
      },
      modelById() {
        throw new Error('The fake runtime has no models.');
      },
      candidates: (capability) => (capability === 'moderation' ? ['builtin:rules'] : []),
      health: async () => options.backends ?? [{ name: 'builtin', type: 'builtin', state: 'ready', device: 'cpu', serves: { moderation: ['rules'] } }],
      close: async () => undefined,
    },
    pipelines: {
      get(id) {
        if (id !== echoPipeline.id) throw new NotFoundError(`Pipeline ${id}`);
        return echoPipeline;
      },
      list: () => [echoPipeline],
    },
    async close() {},
    emit(event) {
      const job = jobs.get(event.jobId);
      if (job && event.type === 'job-start') job.state = 'running';
      if (job && event.type === 'job-end') job.state = 'succeeded';
      if (job && event.type === 'job-error') job.state = 'failed';
      for (const listener of listeners.get(event.jobId) ?? []) listener(event);
    },
    openSubscriptions: () => [...listeners.values()].reduce((total, set) => total + set.size, 0),
  };
  return runtime;
}
