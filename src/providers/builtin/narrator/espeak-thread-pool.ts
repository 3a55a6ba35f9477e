import { availableParallelism } from 'node:os';
import { sharedThreadPool, threadCountFromEnvironment } from '../../../engine/shared-thread-pool.ts';
import { TypedThreadPool } from '../../../engine/typed-thread-pool.ts';
import type { ThreadTaskAnswer } from '../../../engine/worker-thread-pool.ts';
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
export class EspeakThreadPool extends TypedThreadPool<Omit<EspeakTask, 'id'>, EspeakTaskAnswer, PcmAudio> {
  constructor(size: number) {
    super({
      url: new URL('./espeak-thread.ts', import.meta.url),
      size,
      crashLabel: 'An eSpeak thread',
      readResult: (answer) => ({ samples: answer.samples, sampleRate: answer.sampleRate }),
    });
  }

  run(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
    return this.threads.run({ text, settings });
  }
}

/**
 * The process's pool: one thread per spare core, at most two (`KILN_SPEECH_THREADS` overrides; 0
 * speaks on the calling thread). Undefined when there are no threads to use. Each thread compiles
 * eSpeak-NG as it starts (espeak-thread.ts), so start() ahead of a story has it ready.
 */
export const sharedEspeakThreadPool = sharedThreadPool(
  () => threadCountFromEnvironment('KILN_SPEECH_THREADS', Math.max(1, Math.min(2, availableParallelism() - 1))),
  (size) => new EspeakThreadPool(size),
);
