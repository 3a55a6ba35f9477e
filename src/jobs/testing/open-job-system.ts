import type { PipelineDefinition } from '../../engine/pipeline.ts';
import type { JobService, Worker } from '../../runtime/contracts.ts';
import { openDatabase, type Database } from '../../store/database.ts';
import { createJobEvents, type JobEvents } from '../job-events.ts';
import { createJobService } from '../job-service.ts';
import { createPipelineCatalog } from '../pipeline-catalog.ts';
import { createJobQueue, type JobQueue, type JobQueueTimings } from '../queue.ts';
import { createWorker, type WorkerOptions } from '../worker.ts';

export interface JobSystem {
  database: Database;
  queue: JobQueue;
  events: JobEvents;
  service: JobService;
  /** A worker on this system's database, queue and bus; closed with the system. */
  worker(pipelines: PipelineDefinition[], options?: Partial<WorkerOptions>): Worker;
  close(): Promise<void>;
}

/**
 * What one Kiln process holds for jobs (database, queue, bus, service), as the tests and the
 * benchmark assemble it. Several systems on one Postgres URL behave like several machines.
 */
export async function openJobSystem(options: {
  dataDir: string;
  databaseUrl?: string;
  pipelines: PipelineDefinition[];
  timings?: Partial<JobQueueTimings>;
}): Promise<JobSystem> {
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  const queue = await createJobQueue({ database, pollingIntervalSeconds: 0.5, ...options.timings });
  const events = createJobEvents({ database, progressWriteIntervalMs: 50 });
  const service = createJobService({ database, queue, events, pipelines: createPipelineCatalog(options.pipelines) });
  const workers: Worker[] = [];
  return {
    database,
    queue,
    events,
    service,
    worker(pipelines, workerOptions = {}) {
      const worker = createWorker({ database, queue, events, pipelines: createPipelineCatalog(pipelines), services: {}, ...workerOptions });
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.stop()));
      await events.close();
      await queue.stop();
      await database.close();
    },
  };
}
