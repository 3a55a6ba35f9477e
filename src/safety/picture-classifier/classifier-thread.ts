import { Worker } from 'node:worker_threads';
import type { MediaData } from '../../providers/spec/index.ts';
import type { PictureClassification } from './classify-picture.ts';

export interface ClassifierTask {
  id: number;
  image: MediaData;
}

export type ClassifierTaskAnswer =
  | { id: number; classification: PictureClassification; error?: undefined }
  | { id: number; classification?: undefined; error: string };

/**
 * One thread that holds the picture classifier (TensorFlow.js on WASM, a few tens of MB) and scores
 * pictures in the order they come, so moderation never holds the server's event loop. It starts on
 * first use and does not keep the process alive.
 */
export class ClassifierThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve(value: PictureClassification): void; reject(error: Error): void }>();
  private nextId = 1;

  classify(image: MediaData): Promise<PictureClassification> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, image: { ...image, data: new Uint8Array(image.data) } } satisfies ClassifierTask);
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL('./classifier-thread-body.ts', import.meta.url));
    this.worker = worker;
    worker.on('message', (answer: ClassifierTaskAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (answer.classification) waiting.resolve(answer.classification);
      else waiting.reject(new Error(answer.error));
    });
    worker.on('error', (error: Error) => {
      // The next picture starts a fresh thread.
      this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(new Error(`The picture classifier's thread stopped: ${error.message}`, { cause: error }));
      this.pending.clear();
    });
    // After the listeners: adding the first 'message' listener refs the worker's port again.
    worker.unref();
    return worker;
  }
}

let shared: ClassifierThread | undefined | null = null;

/** The process's classifier thread; `KILN_CLASSIFIER_THREAD=0` classifies on the calling thread. */
export function sharedClassifierThread(): ClassifierThread | undefined {
  if (shared === null) shared = process.env.KILN_CLASSIFIER_THREAD === '0' ? undefined : new ClassifierThread();
  return shared;
}
