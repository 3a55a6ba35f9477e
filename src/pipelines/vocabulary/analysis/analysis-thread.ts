// The body of the text analysis thread: prepares a transcript (its Japanese share and sentences) or
// tokenises texts in bounded pieces, and posts the result back. Loaded by Node itself (type
// stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../../engine/answer-thread-tasks.ts';
import type { AnalysisTask } from './analysis-thread-pool.ts';
import { buildSentences } from './build-sentences.ts';
import { japaneseShare } from './japanese-share.ts';
import { japaneseTokenizer } from './japanese-tokenizer.ts';

answerThreadTasks(async (task: AnalysisTask) => {
  if ('cues' in task) {
    return { share: japaneseShare(task.cues.map((cue) => cue.text)), sentences: buildSentences(task.cues, task.sentenceOptions) };
  }
  const tokenize = await japaneseTokenizer();
  return { tokens: task.texts.map((text) => tokenize(text)) };
}, { unknownErrorCode: 'internal' });
