import { availableParallelism } from 'node:os';
import { sharedThreadPool, threadCountFromEnvironment } from '../../engine/shared-thread-pool.ts';
import { TypedThreadPool } from '../../engine/typed-thread-pool.ts';
import type { ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';
import type { PersonCompositeAnswer, PersonCompositeRequest } from '../../live-style/composite-person-frame.ts';
import type { RestyleFrameOptions, RestyledFrame } from './restyle-frame.ts';

/** One frame for a worker; palettes travel by name. */
export interface FilterTask {
  id: number;
  image: Uint8Array;
  preset: string;
  options: Omit<RestyleFrameOptions, 'palette' | 'mix'> & { palette?: string };
  /** Keep the look on the room or the person only, by this mask, before the encode. */
  person?: PersonCompositeRequest;
}

export type FilterTaskAnswer = ThreadTaskAnswer<{ frame: RestyledFrame; person?: PersonCompositeAnswer }>;

/** A worker's frame, with what it did of a person composite when one was asked for. */
export type FilterWorkerFrame = RestyledFrame & { person?: PersonCompositeAnswer };

/**
 * Worker threads that run the filters, so a 20–40 ms filter never blocks the event loop that
 * moves every other session's frames, and several frames are filtered on several cores at once.
 */
export class FilterWorkerPool extends TypedThreadPool<Omit<FilterTask, 'id'>, FilterTaskAnswer, FilterWorkerFrame> {
  constructor(size: number) {
    super({
      url: new URL('./filter-worker.ts', import.meta.url),
      size,
      crashLabel: 'A filter worker',
      readResult: (answer) => ({ ...answer.frame, data: new Uint8Array(answer.frame.data), person: answer.person }),
    });
  }

  run(image: Uint8Array, preset: string, options: FilterTask['options'], signal?: AbortSignal, person?: PersonCompositeRequest): Promise<FilterWorkerFrame> {
    // A copy, as the bytes are handed over to the worker and the caller may still hold them. The
    // mask is copied by the structured clone: the stream keeps it for its next frames.
    const copy = new Uint8Array(image);
    return this.threads.run({ image: copy, preset, options, ...(person && { person }) }, { transfer: [copy.buffer as ArrayBuffer], signal });
  }
}

/**
 * The process's pool: one thread per spare core, at most four (`KILN_FILTER_THREADS` overrides;
 * 0 filters on the calling thread). Undefined when there are no threads to use.
 */
export const sharedFilterWorkerPool = sharedThreadPool(
  () => threadCountFromEnvironment('KILN_FILTER_THREADS', Math.min(4, availableParallelism() - 1)),
  (size) => new FilterWorkerPool(size),
);
