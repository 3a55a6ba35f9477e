import { join } from 'node:path';
import type { KilnConfig } from '../config/index.ts';
import type { PipelineDefinition } from '../engine/pipeline.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { reportWhenSlow } from '../engine/report-when-slow.ts';
import { createJobEvents, type EventOrigin } from '../jobs/job-events.ts';
import { createJobQueue, type JobQueueTimings } from '../jobs/queue.ts';
import { createJobService } from '../jobs/job-service.ts';
import { createPipelineCatalog } from '../jobs/pipeline-catalog.ts';
import { createWorker } from '../jobs/worker.ts';
import { createProviderRegistry } from '../providers/index.ts';
import { useJapaneseDictionaryFolder } from '../safety/read-japanese-idea.ts';
import { createAssetStore } from '../store/asset-store.ts';
import { openDatabase } from '../store/database.ts';
import { protectDataDirectory } from '../store/protect-data-directory.ts';
import { authOptionsFrom } from './auth-options.ts';
import type { KilnRuntime, ProviderRegistry } from './contracts.ts';

/** Per-user job limit in single-user local mode: more than any worker count. */
const localUserConcurrency = 1000;

export interface CreateRuntimeOptions {
  config: KilnConfig;
  /** Run jobs in this process too (`kiln serve`, `kiln worker`); false for a server that only queues. */
  withWorker: boolean;
  /** Jobs this process runs at once. Default 2. */
  workerConcurrency?: number;
  /**
   * Pipelines to offer; the installed studios by default (loaded only then: all of them and what
   * they use are some 500 modules, so a command that runs one pipeline names it). Tests add their own.
   */
  pipelines?: PipelineDefinition[];
  /** Queue timings (heartbeat, supervision); tests shorten them. */
  queueTimings?: Partial<JobQueueTimings>;
  /**
   * Hears every progress event on the database, with where it was published: `here` (this process)
   * or `elsewhere`. The metrics count only `here`, so each step is counted by one process.
   */
  onProgressEvent?: (event: ProgressEvent, origin: EventOrigin) => void;
  /** Where the JWT secret is read from (see authOptionsFrom); default process.env. Tests pass their own. */
  env?: NodeJS.ProcessEnv;
  /** The folder the config was loaded from (its `cwd`), for the settings page's rewrite; default process.cwd(). */
  cwd?: string;
}

/** How long one part may take to close before the runtime says which part it waits on. */
const slowCloseMs = 30_000;

/**
 * Builds a running Kiln from its configuration: database (PGlite or Postgres), asset store, providers,
 * job queue and events, and optionally a worker. Close it to stop everything in the right order.
 */
export async function createRuntime(options: CreateRuntimeOptions): Promise<KilnRuntime> {
  const { config } = options;
  // Checked before anything opens, so a bad auth setting fails fast and leaves nothing to close.
  const authMode = authOptionsFrom(config, options.env).mode;
  useJapaneseDictionaryFolder(config.dataDir);
  const onError = (error: unknown) => console.error('kiln:', error instanceof Error ? error.message : error);
  await protectDataDirectory(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, onError });
  // Each with what it closes, so a close that hangs says which part it waits on (after 30 s, in the log).
  const closers: Array<{ part: string; close: () => Promise<void> }> = [{ part: 'the database', close: () => database.close() }];
  let closingPart: string | undefined;
  const closeAll = async () => {
    for (const { part, close } of closers.reverse()) {
      closingPart = part;
      await reportWhenSlow(() => close().catch(onError), slowCloseMs, () => `Closing has waited ${slowCloseMs / 1000} s for ${part}.`, onError);
    }
  };
  try {
    const assets = await createAssetStore({ database, dataDir: config.dataDir, assets: config.assets, env: options.env });
    // Replaceable from the settings page. A replaced registry may still serve running jobs, so it is
    // closed with the runtime rather than at once.
    const current = { providers: createProviderRegistry(config), config };
    const retired: ProviderRegistry[] = [];
    closers.push({ part: 'the backends', close: async () => {
      await Promise.all([current.providers, ...retired].map((registry) => registry.close()));
    } });
    const pipelines = createPipelineCatalog(options.pipelines ?? (await import('./installed-pipelines.ts')).installedPipelines());
    // With one user (local mode) there is nobody to share with: the limit would only idle workers.
    const perUserConcurrency = config.jobs?.perUserConcurrency ?? (authMode === 'local' ? localUserConcurrency : undefined);
    const queue = await createJobQueue({ database, perUserConcurrency, ...options.queueTimings, onError });
    closers.push({ part: 'the job queue (pg-boss)', close: () => queue.stop() });
    const events = createJobEvents({ database, onError });
    closers.push({ part: 'the job events', close: () => events.close() });
    const { onProgressEvent } = options;
    if (onProgressEvent) {
      const unsubscribe = await events.subscribeAll((event, origin) => onProgressEvent(event, origin ?? 'here'));
      closers.push({ part: 'the progress subscription', close: unsubscribe });
    }
    const jobs = createJobService({ database, queue, events, pipelines, safety: config.safety });
    const worker = options.withWorker
      ? createWorker({
          database,
          queue,
          pipelines,
          events,
          concurrency: options.workerConcurrency ?? 2,
          // Read when a job starts (the worker copies them then), so new jobs get a replaced registry.
          services: {
            assets,
            database,
            get providers() { return current.providers; },
            get config() { return current.config; },
          },
          temporaryRoot: join(config.dataDir, 'tmp', 'jobs'),
          onError,
        })
      : undefined;
    if (worker) {
      await worker.start();
      closers.push({ part: 'the worker', close: () => worker.stop() });
    }
    return {
      get config() { return current.config; },
      databaseKind: database.kind,
      authMode,
      assets,
      jobs,
      get providers() { return current.providers; },
      pipelines,
      database,
      worker,
      configSource: { cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env },
      async replaceProviders(next) {
        retired.push(current.providers);
        current.providers = createProviderRegistry(next);
        // Only what a save can change; the data folder, database and server settings need a restart.
        current.config = { ...current.config, backends: next.backends, capabilities: next.capabilities, configFile: next.configFile };
      },
      close: closeAll,
      get closingPart() { return closingPart; },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
