// The body of a filter worker thread: restyles frames it is sent and posts the answers back. Loaded
// by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import type { FilterTask } from './filter-worker-pool.ts';
import { restyleFrame } from './restyle-frame.ts';

// Copied, not transferred: sharp's output buffers live in memory the structured clone cannot hand over.
answerThreadTasks(async (task: FilterTask) => ({ frame: await restyleFrame(task.image, task.preset, task.options) }), {
  unknownErrorCode: 'internal',
});
