import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KilnError, ProviderFailedError, type ErrorCode } from '../../../engine/errors/index.ts';
import type { SynthesisSettings } from './espeak-synthesizer.ts';
import type { PcmAudio } from './wav-audio.ts';

export interface EspeakTask {
  id: number;
  text: string;
  settings: SynthesisSettings;
}

export type EspeakTaskAnswer =
  | { id: number; samples: Int16Array; sampleRate: number; error?: undefined }
  | { id: number; samples?: undefined; error: { code: ErrorCode; message: string; isRetryable: boolean } };

interface Pending {
  task: EspeakTask;
  resolve(audio: PcmAudio): void;
  reject(error: unknown): void;
}

/**
 * Threads that run eSpeak-NG's WASM, so narrating a story never holds the event loop that answers
 * requests (and the embedded database's queries). Threads start on first use, each compiles the WASM
 * once, and none keeps the process alive.
 */
export class EspeakThreadPool {
  private readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private started = 0;
  private nextId = 1;

  constructor(size: number) {
    this.size = Math.max(1, size);
  }

  run(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, text, settings }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.startWorker() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./espeak-thread.ts', import.meta.url));
    this.started += 1;
    worker.on('message', (answer: EspeakTaskAnswer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending) {
        if (answer.samples) pending.resolve({ samples: answer.samples, sampleRate: answer.sampleRate });
        else pending.reject(new KilnError(answer.error.code, answer.error.message, { isRetryable: answer.error.isRetryable }));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.started -= 1;
      pending?.reject(new ProviderFailedError(`An eSpeak thread crashed: ${error.message}`, { cause: error }));
      this.dispatch();
    });
    // After the listeners: adding the first 'message' listener refs the worker's port again.
    worker.unref();
    return worker;
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
