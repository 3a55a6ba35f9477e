// The body of the picture classifier's thread: scores the pictures it is sent and posts the scores
// back. Loaded by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import { classifyPictureHere } from './classify-picture.ts';
import type { ClassifierTask } from './classifier-thread.ts';
import { loadNsfwModel } from './load-nsfw-model.ts';

// Loaded as the thread starts, not at its first picture: a thread started ahead of work
// (ClassifierThread.start) then has it ready. A failed load is tried again, and reported, by that picture.
void loadNsfwModel().catch(() => undefined);

answerThreadTasks(async (task: ClassifierTask) => ({ classification: await classifyPictureHere(task.image) }), {
  unknownErrorCode: 'internal',
});
