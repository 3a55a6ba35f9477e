import { sharedThreadPool, threadSwitchFromEnvironment } from '../../engine/shared-thread-pool.ts';
import { TypedThreadPool } from '../../engine/typed-thread-pool.ts';
import type { ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';
import { analyzeAudio, type AnalyzeAudioOptions } from './analyze-audio.ts';
import type { AudioAnalysis } from './audio-analysis-schema.ts';

export interface AnalyzeAudioTask {
  id: number;
  samples: Float32Array;
  sampleRate: number;
  options: AnalyzeAudioOptions;
}

export type AnalyzeAudioTaskAnswer = ThreadTaskAnswer<{ analysis: AudioAnalysis }>;

/**
 * A thread for the beat and section analysis of a song: about 200 ms of arithmetic for a three-minute
 * song (up to 1.5 s for twenty minutes), which on the worker's event loop held every request that
 * `kiln serve` with its in-process worker answered meanwhile, and the job's heartbeat.
 */
export class AnalyzeAudioThreadPool extends TypedThreadPool<Omit<AnalyzeAudioTask, 'id'>, AnalyzeAudioTaskAnswer, AudioAnalysis> {
  constructor(size: number) {
    super({
      url: new URL('./analyze-audio-thread.ts', import.meta.url),
      size,
      crashLabel: 'An audio analysis thread',
      readResult: (answer) => answer.analysis,
    });
  }

  /** An abort drops the answer; the analysis itself runs to its end on the thread. */
  run(samples: Float32Array, sampleRate: number, options: AnalyzeAudioOptions, abortSignal?: AbortSignal): Promise<AudioAnalysis> {
    // Handed over rather than copied when the samples are their buffer's only contents (a decode's
    // own array); a view into a larger buffer is copied, since handing over would take the rest too.
    const ownsBuffer = samples.byteOffset === 0 && samples.byteLength === samples.buffer.byteLength && samples.buffer instanceof ArrayBuffer;
    return this.threads.run({ samples, sampleRate, options }, { transfer: ownsBuffer ? [samples.buffer as ArrayBuffer] : [], signal: abortSignal });
  }
}

/** The process's analysis thread; `KILN_ANALYZE_THREAD=0` analyses on the calling thread. */
const sharedAnalyzeAudioThreadPool = sharedThreadPool(() => threadSwitchFromEnvironment('KILN_ANALYZE_THREAD'), (size) => new AnalyzeAudioThreadPool(size));

/**
 * analyzeAudio, on the analysis thread when there is one. The samples are handed to the thread, so
 * the caller must not use them afterwards.
 */
export function analyzeAudioOffThread(samples: Float32Array, sampleRate: number, options: AnalyzeAudioOptions, abortSignal?: AbortSignal): Promise<AudioAnalysis> {
  const pool = sharedAnalyzeAudioThreadPool();
  if (pool) return pool.run(samples, sampleRate, options, abortSignal);
  abortSignal?.throwIfAborted();
  return Promise.resolve(analyzeAudio(samples, sampleRate, options));
}
