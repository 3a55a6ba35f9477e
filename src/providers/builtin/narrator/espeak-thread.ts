// The body of an eSpeak thread: speaks the texts it is sent and posts the samples back. Loaded by
// Node itself (type stripping), so this folder keeps to syntax Node can strip.
import { answerThreadTasks } from '../../../engine/answer-thread-tasks.ts';
import { startEspeakHere, synthesizeHere } from './espeak-synthesizer.ts';
import type { EspeakTask } from './espeak-thread-pool.ts';

// Compiled and started as the thread starts, not at its first sentence: a pool started ahead of work
// (EspeakThreadPool.start) then has it ready. A failure here is met again, and reported, by that sentence.
void startEspeakHere().catch(() => undefined);

answerThreadTasks(async (task: EspeakTask) => {
  const audio = await synthesizeHere(task.text, task.settings);
  return { samples: audio.samples, sampleRate: audio.sampleRate };
}, { unknownErrorCode: 'provider_failed', transferOf: (result) => [result.samples.buffer as ArrayBuffer] });
