import { KilnError } from '../../../engine/errors/index.ts';
import { startEspeakProgram, type EspeakProgram } from './espeak-program.ts';
import { sharedEspeakThreadPool } from './espeak-thread-pool.ts';
import type { PcmAudio } from './wav-audio.ts';
import type { SynthesisSettings } from './synthesis-settings.ts';

export type { SynthesisSettings } from './synthesis-settings.ts';

/**
 * Speaks one piece of text with eSpeak-NG, on a thread of its own (see espeak-thread-pool.ts): a
 * sentence takes the WASM 20-500 ms of CPU, which on the server's thread held every request behind it.
 */
export async function synthesize(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
  const pool = sharedEspeakThreadPool();
  return pool ? pool.run(text, settings) : synthesizeHere(text, settings);
}

let program: Promise<EspeakProgram> | undefined;

/** This thread's one eSpeak-NG program, started on first use (or ahead of it, by an eSpeak thread). */
export function startEspeakHere(): Promise<EspeakProgram> {
  program ??= startEspeakProgram().catch((error: unknown) => {
    program = undefined;
    throw error;
  });
  return program;
}

/**
 * Speaks one piece of text with eSpeak-NG on the calling thread, through the thread's one program
 * (espeak-program.ts). Speaking is synchronous once the program is there, so calls never interleave.
 */
export async function synthesizeHere(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
  const started = startEspeakHere();
  const ready = await started;
  try {
    return ready.speak(text, settings);
  } catch (error) {
    // A crash inside the WASM (not a sentence it refused) may have left the runtime unusable: the next sentence gets a new program.
    if (!(error instanceof KilnError) && program === started) program = undefined;
    throw error;
  }
}

/** Whether eSpeak knows a voice: it prints an error and writes nothing for one it does not. */
export function isPlausibleVoice(voice: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*(?:\+[a-z0-9_]{1,20})?$/i.test(voice);
}
