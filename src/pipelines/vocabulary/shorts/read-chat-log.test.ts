import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { growsLinearly, leastCpuMs, markupRuns, run } from '../testing/hostile-text.ts';
import { readChatLog } from './read-chat-log.ts';

describe('readChatLog', () => {
  it('reads the times of laughing messages in the usual log shapes', () => {
    const log = '[00:12:34] viewer: 草\n1:02:03 someone: ｗｗｗ\n0:05 a: hello\nno time here lol\n12:00 b: lmao';
    expect(readChatLog(log)).toEqual({ times: [720, 754, 3723], messages: 4 });
  });

  it('refuses a log without a single timed message', () => {
    expect(() => readChatLog('just text\nmore text')).toThrowError(BadInputError);
  });

  it('takes time in proportion to the log on long runs of markup, in one message or on many lines', () => {
    const length = 50_000;
    for (const unit of [...markupRuns, 'w', 'ww ', '00:01 ', '00:01 w\n', '[00:']) {
      const read = (text: string) => {
        try {
          readChatLog(`00:01 ${text}`);
        } catch (error) {
          if (!(error instanceof BadInputError)) throw error;
        }
      };
      const small = leastCpuMs(() => read(run(unit, length)));
      const large = leastCpuMs(() => read(run(unit, 4 * length)));
      expect(growsLinearly(small, large), `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
    }
  });
});
