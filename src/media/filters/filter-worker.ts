// The body of a filter worker thread: restyles frames it is sent and posts the answers back. Loaded
// by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { KilnError } from '../../engine/errors/index.ts';
import type { FilterTask, FilterTaskAnswer } from './filter-worker-pool.ts';
import { restyleFrame } from './restyle-frame.ts';

parentPort!.on('message', async (task: FilterTask) => {
  let answer: FilterTaskAnswer;
  try {
    const frame = await restyleFrame(task.image, task.preset, task.options);
    answer = { id: task.id, frame };
  } catch (error) {
    answer = { id: task.id, error: { code: error instanceof KilnError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
  // Copied, not transferred: sharp's output buffers live in memory the structured clone cannot hand over.
  parentPort!.postMessage(answer);
});
