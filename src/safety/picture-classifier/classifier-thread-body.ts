// The body of the picture classifier's thread: scores the pictures it is sent and posts the scores
// back. Loaded by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import { classifyPictureHere } from './classify-picture.ts';
import type { ClassifierTask } from './classifier-thread.ts';

answerThreadTasks(async (task: ClassifierTask) => ({ classification: await classifyPictureHere(task.image) }), {
  unknownErrorCode: 'internal',
});
