// The body of the sentence encoder's thread: loads the model once and answers each batch of texts with their vectors.
// Loaded by Node itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import type { IdeaMeaningTask } from './idea-meaning-thread.ts';
import { loadSentenceEncoder, type SentenceEncoder } from './load-sentence-encoder.ts';

let encoder: Promise<SentenceEncoder> | undefined;

answerThreadTasks(async (task: IdeaMeaningTask) => {
  // A failed load is not kept: the next idea tries again.
  encoder ??= loadSentenceEncoder().catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  return { vectors: await (await encoder).encode(task.texts) };
}, { unknownErrorCode: 'internal' });
