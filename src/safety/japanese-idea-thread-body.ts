// The body of the Japanese story-idea reader's thread: loads the reader once and reads the texts it is sent.
// Loaded by Node itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../engine/answer-thread-tasks.ts';
import type { JapaneseIdeaTask } from './japanese-idea-thread.ts';
import { readJapanese } from './japanese-readings.ts';
import { japaneseIdeaReader, useJapaneseDictionaryFolder } from './read-japanese-idea.ts';

answerThreadTasks(async (task: JapaneseIdeaTask) => {
  useJapaneseDictionaryFolder(task.folder);
  const reader = await japaneseIdeaReader();
  return { readings: task.texts.map((text) => (reader ? readJapanese(reader, text) : {})) };
}, { unknownErrorCode: 'internal' });
