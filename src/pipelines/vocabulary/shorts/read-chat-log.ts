/**
 * Reads a chat log for the laughter part of a short's score. Takes one message a line, each
 * starting with its time from the start of the stream (`12:34`, `1:02:03`, `[00:12:34]`, optionally
 * followed by the author): what chat downloaders and OBS chat loggers write. Lines without a time
 * are skipped; a log with none at all is refused, because it cannot be placed on the recording.
 */
import { BadInputError } from '../../../engine/errors/index.ts';

const timedLine = /^\s*\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d+)?\]?\s+(.*)$/;
// 草 (grass = lol), ｗｗ / ww (warai), 笑, and the English ones; NFKC folds ｗ into w.
const laughter = /草|笑|(?:^|[^a-z])w{2,}|(?:^|\s)w$|lol|lmao|haha|kusa/i;

export interface ChatLaughter {
  /** Seconds of every laughing message, in time order. */
  times: number[];
  /** Timed messages read in all. */
  messages: number;
}

export function readChatLog(text: string): ChatLaughter {
  const times: number[] = [];
  let messages = 0;
  for (const line of text.split(/\r?\n/)) {
    const match = timedLine.exec(line);
    if (!match) continue;
    messages += 1;
    const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
    if (laughter.test(match[4].normalize('NFKC'))) times.push(seconds);
  }
  if (messages === 0) {
    throw new BadInputError('The chat log has no timed messages; give one message a line, each starting with its time (e.g. `12:34 name: 草`).');
  }
  return { times: times.sort((a, b) => a - b), messages };
}
