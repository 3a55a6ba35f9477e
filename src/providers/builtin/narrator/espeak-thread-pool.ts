import { availableParallelism } from 'node:os';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../../engine/worker-thread-pool.ts';
import type { SynthesisSettings } from './synthesis-settings.ts';
import type { PcmAudio } from './wav-audio.ts';

export interface EspeakTask {
  id: number;
  text: string;
  settings: SynthesisSettings;
}

export type EspeakTaskAnswer = ThreadTaskAnswer<{ samples: Int16Array; sampleRate: number }>;

/**
 * Threads that run eSpeak-NG's WASM, so narrating a story never holds the event loop that answers
 * requests (and the embedded database's queries). Each thread compiles and starts the WASM program
 * once, then speaks every sentence it is sent with it (espeak-program.ts).
 */
export class EspeakThreadPool {
  private readonly threads: WorkerThreadPool<Omit<EspeakTask, 'id'>, EspeakTaskAnswer, PcmAudio>;

  constructor(size: number) {
    this.threads = new WorkerThreadPool({
      url: new URL('./espeak-thread.ts', import.meta.url),
      size,
      crashLabel: 'An eSpeak thread',
      readResult: (answer) => ({ samples: answer.samples, sampleRate: answer.sampleRate }),
    });
  }

  run(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
    return this.threads.run({ text, settings });
  }

  /** Starts the threads now; each compiles and starts eSpeak-NG as it starts (espeak-thread.ts). */
  start(): void {
    this.threads.start();
  }

  close(): Promise<void> {
    return this.threads.close();
  }
}

let shared: EspeakThreadPool | undefined | null = null;

/**
 * The process's pool: one thread per spare core, at most two (`KILN_SPEECH_THREADS` overrides; 0
 * speaks on the calling thread). Undefined when there are no threads to use.
 */
export function sharedEspeakThreadPool(): EspeakThreadPool | undefined {
  if (shared === null) {
    const configured = Number.parseInt(process.env.KILN_SPEECH_THREADS ?? '', 10);
    const size = Number.isFinite(configured) ? configured : Math.max(1, Math.min(2, availableParallelism() - 1));
    shared = size > 0 ? new EspeakThreadPool(size) : undefined;
  }
  return shared;
}
