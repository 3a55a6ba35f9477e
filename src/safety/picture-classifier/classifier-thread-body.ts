// The body of the picture classifier's thread: scores the pictures it is sent and posts the scores
// back. Loaded by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { classifyPictureHere } from './classify-picture.ts';
import type { ClassifierTask, ClassifierTaskAnswer } from './classifier-thread.ts';

parentPort!.on('message', async (task: ClassifierTask) => {
  let answer: ClassifierTaskAnswer;
  try {
    answer = { id: task.id, classification: await classifyPictureHere(task.image) };
  } catch (error) {
    answer = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
