import { KilnError } from '../../../engine/errors/index.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../../engine/worker-thread-pool.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { buildSentences, type BuiltSentence } from './build-sentences.ts';
import { japaneseShare } from './japanese-share.ts';
import { japaneseTokenizer, type JapaneseToken } from './japanese-tokenizer.ts';

export type AnalysisTask =
  | { id: number; texts: string[] }
  | { id: number; cues: TranscriptCue[] };

/** A transcript made ready for tokenising: the share of its letters that are Japanese, and its sentences. */
export interface PreparedTranscript {
  share: number;
  sentences: BuiltSentence[];
}

type Answer = { tokens: JapaneseToken[][] } | PreparedTranscript;
export type AnalysisTaskAnswer = ThreadTaskAnswer<Answer>;

/** Where the text analysis runs; the analysers take one so tests can hand in their own. */
export interface TextAnalysis {
  prepare(cues: TranscriptCue[], signal?: AbortSignal): Promise<PreparedTranscript>;
  /** One token list per text. */
  tokenize(texts: string[], signal?: AbortSignal): Promise<JapaneseToken[][]>;
}

export interface AnalysisThreadPoolOptions {
  /** The thread's heap ceiling in MB (V8's old generation); default 512. Tests lower it to make it die. */
  memoryLimitMb?: number;
}

/** Heap for the dictionary (~90 MB) and a batch's lattices, with room to spare. */
const defaultMemoryLimitMb = 512;

/**
 * The thread kuromoji and the transcript-wide passes run on, with a heap ceiling: work that outgrows
 * it kills the thread, never the server, and the pool starts a new one. Work whose thread died is
 * tried once more on a fresh thread (the first death may have been another batch's garbage); a
 * second death on the same input is the input's doing and is passed on, marked `threadCrashed`, for
 * the caller to turn into a sentence about that input.
 */
export class AnalysisThreadPool implements TextAnalysis {
  /** Threads that died under this pool, for tests and the bench. */
  crashes = 0;
  private readonly threads: WorkerThreadPool<Omit<AnalysisTask, 'id'>, AnalysisTaskAnswer, Answer>;

  constructor(options: AnalysisThreadPoolOptions = {}) {
    this.threads = new WorkerThreadPool({
      url: new URL('./analysis-thread.ts', import.meta.url),
      size: 1,
      crashLabel: 'The text analysis thread',
      resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb ?? defaultMemoryLimitMb },
      readResult: ({ id: _id, ...answer }) => answer,
    });
  }

  async prepare(cues: TranscriptCue[], signal?: AbortSignal): Promise<PreparedTranscript> {
    return (await this.runTwice({ cues }, signal)) as PreparedTranscript;
  }

  /** An abort drops the answer; the batch itself runs to its end on the thread. */
  async tokenize(texts: string[], signal?: AbortSignal): Promise<JapaneseToken[][]> {
    return ((await this.runTwice({ texts }, signal)) as { tokens: JapaneseToken[][] }).tokens;
  }

  close(): Promise<void> {
    return this.threads.close();
  }

  private async runTwice(task: Omit<AnalysisTask, 'id'>, signal?: AbortSignal): Promise<Answer> {
    try {
      return await this.threads.run(task, { signal });
    } catch (error) {
      if (!isThreadCrash(error)) throw error;
      this.crashes += 1;
    }
    try {
      return await this.threads.run(task, { signal });
    } catch (error) {
      if (isThreadCrash(error)) this.crashes += 1;
      throw error;
    }
  }
}

/** Whether `error` is an analysis thread's death (out of memory, most likely) rather than an answer. */
export function isThreadCrash(error: unknown): boolean {
  return error instanceof KilnError && error.details?.threadCrashed === true;
}

/** The analysis on the calling thread, turning the event loop between batches; no ceiling. */
export const textAnalysisHere: TextAnalysis = {
  async prepare(cues) {
    return { share: japaneseShare(cues.map((cue) => cue.text)), sentences: buildSentences(cues) };
  },
  async tokenize(texts, signal) {
    // A turn of the event loop between batches, so requests are answered while a transcript is analysed.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    const tokenize = await japaneseTokenizer();
    return texts.map((text) => tokenize(text));
  },
};

let shared: AnalysisThreadPool | undefined;
let answeredAhead: TextAnalysis | undefined;

/**
 * The process's text analysis: on its thread, unless `KILN_VOCABULARY_THREAD=0` keeps it on the
 * calling thread (bounded pieces still, but no ceiling). `KILN_VOCABULARY_THREAD_MEMORY_MB` sets the ceiling.
 */
export function sharedTextAnalysis(): TextAnalysis {
  if (process.env.KILN_VOCABULARY_THREAD === '0') return textAnalysisHere;
  shared ??= newAnalysisThread();
  return shared;
}

/** A new analysis thread with the heap ceiling `KILN_VOCABULARY_THREAD_MEMORY_MB` sets (its default otherwise). */
export function newAnalysisThread(): AnalysisThreadPool {
  return new AnalysisThreadPool({ memoryLimitMb: Number(process.env.KILN_VOCABULARY_THREAD_MEMORY_MB) || undefined });
}

/** What the analysers use: the analysis set by `useTextAnalysis`, else the shared one. */
export function textAnalysis(): TextAnalysis {
  return answeredAhead ?? sharedTextAnalysis();
}

/**
 * Sets the analysis the whole process uses in place of the shared thread (`kiln vocab extract`
 * answers from what tokenize-ahead.ts worked out before the database opened); undefined restores it.
 */
export function useTextAnalysis(analysis: TextAnalysis | undefined): void {
  answeredAhead = analysis;
}
