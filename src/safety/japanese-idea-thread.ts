import { IdleClosingThread } from '../engine/idle-closing-thread.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../engine/worker-thread-pool.ts';
import type { JapaneseReading, JapaneseReadings } from './japanese-readings.ts';
import { japaneseDictionaryFolder } from './read-japanese-idea.ts';

export interface JapaneseIdeaTask {
  id: number;
  texts: string[];
  /** Where the EDICT index is kept (the config's data folder), or undefined for the system's temporary folder. */
  folder?: string;
}

export type JapaneseIdeaTaskAnswer = ThreadTaskAnswer<{ readings: JapaneseReading[] }>;

/**
 * The Japanese reader (kuromoji's IPADIC and the EDICT index, ~190 MB and a few seconds to load) lives on a
 * thread of its own, so the first Japanese story idea never holds the server's event loop while it loads and
 * the check's other ideas go on meanwhile. A pool of one, loaded on its first idea and closed (its memory given
 * back) once no idea has needed it for `idleMs`: Japanese ideas are rare, and reloading costs seconds, not more.
 */
function startThread() {
  return new WorkerThreadPool<Omit<JapaneseIdeaTask, 'id'>, JapaneseIdeaTaskAnswer, JapaneseReading[]>({
    url: new URL('./japanese-idea-thread-body.ts', import.meta.url),
    size: 1,
    crashLabel: "The Japanese story-idea reader's thread",
    readResult: (answer) => answer.readings,
  });
}

const reader = new IdleClosingThread(startThread, 5 * 60_000);

/** For tests: how long the reader's thread stays loaded with nothing to read. */
export function setJapaneseReaderIdleMs(milliseconds: number): void {
  reader.idleMs = milliseconds;
}

/** Whether the reader's thread is loaded now (for health and tests). */
export function japaneseReaderLoaded(): boolean {
  return reader.loaded;
}

/**
 * The readings of these texts (an idea as written and without its personal details), read on the reader's
 * thread; undefined when there is nothing to read. A reader that cannot load rejects: the caller falls back to the term lists.
 */
export async function readJapaneseIdeas(texts: string[]): Promise<JapaneseReadings | undefined> {
  const unique = [...new Set(texts)];
  if (unique.length === 0) return undefined;
  const readings = await reader.run({ texts: unique, folder: japaneseDictionaryFolder() });
  const byText = new Map(unique.map((text, at) => [text, readings[at]]));
  return { read: (text) => byText.get(text) };
}
