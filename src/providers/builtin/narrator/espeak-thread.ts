// The body of an eSpeak thread: speaks the texts it is sent and posts the samples back. Loaded by
// Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { KilnError } from '../../../engine/errors/index.ts';
import { synthesizeHere } from './espeak-synthesizer.ts';
import type { EspeakTask, EspeakTaskAnswer } from './espeak-thread-pool.ts';

parentPort!.on('message', async (task: EspeakTask) => {
  let answer: EspeakTaskAnswer;
  try {
    const audio = await synthesizeHere(task.text, task.settings);
    answer = { id: task.id, samples: audio.samples, sampleRate: audio.sampleRate };
  } catch (error) {
    const known = error instanceof KilnError;
    answer = {
      id: task.id,
      error: { code: known ? error.code : 'provider_failed', message: error instanceof Error ? error.message : String(error), isRetryable: known ? error.isRetryable : false },
    };
  }
  parentPort!.postMessage(answer, answer.samples ? [answer.samples.buffer as ArrayBuffer] : []);
});
