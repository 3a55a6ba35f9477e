// The body of the picture classifier's thread: scores the pictures it is sent and posts the scores
// back. Loaded by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { KilnError } from '../../engine/errors/index.ts';
import { classifyPictureHere } from './classify-picture.ts';
import type { ClassifierTask, ClassifierTaskAnswer } from './classifier-thread.ts';

parentPort!.on('message', async (task: ClassifierTask) => {
  let answer: ClassifierTaskAnswer;
  try {
    answer = { id: task.id, classification: await classifyPictureHere(task.image) };
  } catch (error) {
    answer = { id: task.id, error: { code: error instanceof KilnError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(answer);
});
