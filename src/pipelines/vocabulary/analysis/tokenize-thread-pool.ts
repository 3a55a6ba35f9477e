import { KilnError } from '../../../engine/errors/index.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../../engine/worker-thread-pool.ts';
import { japaneseTokenizer, type JapaneseToken } from './japanese-tokenizer.ts';

export interface TokenizeTask {
  id: number;
  texts: string[];
}

export type TokenizeTaskAnswer = ThreadTaskAnswer<{ tokens: JapaneseToken[][] }>;

/** Tokenises texts, one token list per text; the analysers take it so tests can hand in their own. */
export type TokenizeTexts = (texts: string[], signal?: AbortSignal) => Promise<JapaneseToken[][]>;

export interface TokenizeThreadPoolOptions {
  /** The thread's heap ceiling in MB (V8's old generation); default 512. Tests lower it to make it die. */
  memoryLimitMb?: number;
}

/** Heap for the dictionary (~90 MB) and a batch's lattices, with room to spare. */
const defaultMemoryLimitMb = 512;

/**
 * The thread kuromoji runs on, with a heap ceiling: text analysis that outgrows it kills the
 * thread, never the server, and the pool starts a new one. A batch whose thread died is tried once
 * more on a fresh thread (the first death may have been another batch's garbage); a second death
 * on the same texts is the texts' doing and is passed on, marked `threadCrashed`, for the caller to
 * turn into a sentence about its input.
 */
export class TokenizeThreadPool {
  /** Threads that died under this pool, for tests and the bench. */
  crashes = 0;
  private readonly threads: WorkerThreadPool<Omit<TokenizeTask, 'id'>, TokenizeTaskAnswer, JapaneseToken[][]>;

  constructor(options: TokenizeThreadPoolOptions = {}) {
    this.threads = new WorkerThreadPool({
      url: new URL('./tokenize-thread.ts', import.meta.url),
      size: 1,
      crashLabel: 'The text analysis thread',
      resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb ?? defaultMemoryLimitMb },
      readResult: (answer) => answer.tokens,
    });
  }

  /** An abort drops the answer; the batch itself runs to its end on the thread. */
  async tokenize(texts: string[], signal?: AbortSignal): Promise<JapaneseToken[][]> {
    try {
      return await this.threads.run({ texts }, { signal });
    } catch (error) {
      if (!isThreadCrash(error)) throw error;
      this.crashes += 1;
    }
    try {
      return await this.threads.run({ texts }, { signal });
    } catch (error) {
      if (isThreadCrash(error)) this.crashes += 1;
      throw error;
    }
  }

  close(): Promise<void> {
    return this.threads.close();
  }
}

/** Whether `error` is a tokenizer thread's death (out of memory, most likely) rather than an answer. */
export function isThreadCrash(error: unknown): boolean {
  return error instanceof KilnError && error.details?.threadCrashed === true;
}

let shared: TokenizeThreadPool | undefined | null = null;

/**
 * The process's tokenizer thread. `KILN_VOCABULARY_THREAD=0` tokenises on the calling thread
 * (bounded pieces still, but no ceiling); `KILN_VOCABULARY_THREAD_MEMORY_MB` sets the ceiling.
 */
function sharedTokenizeThreadPool(): TokenizeThreadPool | undefined {
  if (shared === null) {
    const memoryLimitMb = Number(process.env.KILN_VOCABULARY_THREAD_MEMORY_MB) || undefined;
    shared = process.env.KILN_VOCABULARY_THREAD === '0' ? undefined : new TokenizeThreadPool({ memoryLimitMb });
  }
  return shared;
}

/** Tokenises on the tokenizer thread when there is one; the offline and the live analysers both come here. */
export const tokenizeOffThread: TokenizeTexts = async (texts, signal) => {
  const pool = sharedTokenizeThreadPool();
  if (pool) return pool.tokenize(texts, signal);
  signal?.throwIfAborted();
  const tokenize = await japaneseTokenizer();
  return texts.map((text) => tokenize(text));
};
