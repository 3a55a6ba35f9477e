// The body of the sentence encoder's thread: loads the model once and answers each batch of texts with their vectors
// and what the studied ideas nearest them say (a search of some 2,400 vectors, and of 244 about groups of people: kept
// off the server's event loop too).
// Loaded by Node itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import { readNearGroupHarm } from './group-neighbours.ts';
import { readHarm } from './harm-reading.ts';
import type { IdeaMeaningTask } from './idea-meaning-thread.ts';
import { loadSentenceEncoder, type SentenceEncoder } from './load-sentence-encoder.ts';

let encoder: Promise<SentenceEncoder> | undefined;

answerThreadTasks(async (task: IdeaMeaningTask) => {
  // A failed load is not kept: the next idea tries again.
  encoder ??= loadSentenceEncoder().catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  const vectors = await (await encoder).encode(task.texts);
  // The pool about groups is searched (and loaded) only for an idea that marks a group of people.
  return { vectors, nearHarm: readHarm(vectors), nearGroupHarm: task.aboutGroup ? readNearGroupHarm(vectors) : { harmful: false } };
}, { unknownErrorCode: 'internal' });
