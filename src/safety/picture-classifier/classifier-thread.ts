import { WorkerThreadPool, type ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';
import type { MediaData } from '../../providers/spec/index.ts';
import type { PictureClassification } from './picture-severity.ts';

export interface ClassifierTask {
  id: number;
  image: MediaData;
}

export type ClassifierTaskAnswer = ThreadTaskAnswer<{ classification: PictureClassification }>;

/**
 * One thread that holds the picture classifier (TensorFlow.js on WASM, a few tens of MB) and scores
 * pictures in the order they come, so moderation never holds the server's event loop. A pool of one:
 * the model is loaded once, on the thread's first picture.
 */
export class ClassifierThread {
  private readonly thread = new WorkerThreadPool<Omit<ClassifierTask, 'id'>, ClassifierTaskAnswer, PictureClassification>({
    url: new URL('./classifier-thread-body.ts', import.meta.url),
    size: 1,
    crashLabel: "The picture classifier's thread",
    readResult: (answer) => answer.classification,
  });

  /** Starts the thread now; it loads the model as it starts (classifier-thread-body.ts). */
  start(): void {
    this.thread.start();
  }

  classify(image: MediaData): Promise<PictureClassification> {
    // A copy: the caller keeps its picture, which the structured clone would otherwise have to share.
    return this.thread.run({ image: { ...image, data: new Uint8Array(image.data) } });
  }
}

let shared: ClassifierThread | undefined | null = null;

/** The process's classifier thread; `KILN_CLASSIFIER_THREAD=0` classifies on the calling thread. */
export function sharedClassifierThread(): ClassifierThread | undefined {
  if (shared === null) shared = process.env.KILN_CLASSIFIER_THREAD === '0' ? undefined : new ClassifierThread();
  return shared;
}
