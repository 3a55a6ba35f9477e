// The body of the person segmentation thread: segments the frames it is sent and posts the masks
// back. Loaded by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { answerThreadTasks } from '../../../engine/answer-thread-tasks.ts';
import { segmentPersonHere, type SegmentedPixels } from './segment-person-here.ts';
import type { SegmentationTask } from './segmentation-thread.ts';

answerThreadTasks<SegmentationTask, SegmentedPixels>(async (task) => segmentPersonHere(task.pixels), {
  unknownErrorCode: 'internal',
  transferOf: (result) => [result.mask.data.buffer as ArrayBuffer],
});
