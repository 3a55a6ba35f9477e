// The body of the tokenizer thread: tokenises the texts it is sent, in bounded pieces, and posts the
// tokens back. Loaded by Node itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../../engine/answer-thread-tasks.ts';
import { japaneseTokenizer } from './japanese-tokenizer.ts';
import type { TokenizeTask } from './tokenize-thread-pool.ts';

answerThreadTasks(async (task: TokenizeTask) => {
  const tokenize = await japaneseTokenizer();
  return { tokens: task.texts.map((text) => tokenize(text)) };
}, { unknownErrorCode: 'internal' });
