import type { PersonMask, RawPixels, SegmentationModel } from '../providers/spec/index.ts';

/** How a mask request ended: the model's mask, or replaced by a newer frame of the same stream before the model took it. */
export type PersonMaskAnswer = { kind: 'mask'; mask: PersonMask } | { kind: 'superseded' };

export interface PersonMaskQueueOptions {
  segmentation: SegmentationModel;
  /** Model calls at once across all streams. Default 1: the built-in model has one thread, and a second call would only wait there, stale, in arrival order. */
  concurrency?: number;
}

interface Request {
  pixels: RawPixels;
  signal?: AbortSignal;
  settle(answer: PersonMaskAnswer | Error): void;
}

/**
 * Shares the person segmentation model between live streams, as FrameScheduler shares the restyle
 * backend: each stream holds at most one waiting request (a newer frame replaces it, and the older
 * one is answered `superseded` at once), and the model goes round-robin over the streams with a
 * request waiting. A stream at 30 FPS then gets no more masks than one at 5 FPS, and no stream's
 * mask is computed from a frame older than the one it sent last before the model took it.
 */
export class PersonMaskQueue {
  private readonly waiting = new Map<object, Request>();
  private readonly order: object[] = [];
  private running = 0;
  private readonly idleWaiters: Array<() => void> = [];
  private readonly segmentation: SegmentationModel;
  private readonly concurrency: number;

  constructor(options: PersonMaskQueueOptions) {
    this.segmentation = options.segmentation;
    this.concurrency = options.concurrency ?? 1;
  }

  /** The person mask of `pixels` for `stream` (any object that stands for one stream, e.g. its session). Rejects with the model's error. */
  request(stream: object, pixels: RawPixels, signal?: AbortSignal): Promise<PersonMaskAnswer> {
    return new Promise<PersonMaskAnswer>((resolve, reject) => {
      const settle = (answer: PersonMaskAnswer | Error) => (answer instanceof Error ? reject(answer) : resolve(answer));
      this.waiting.get(stream)?.settle({ kind: 'superseded' });
      if (!this.waiting.has(stream)) this.order.push(stream);
      this.waiting.set(stream, { pixels, signal, settle });
      this.pump();
    });
  }

  /** Requests waiting for the model (not those it is working on). */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /** Resolves once the model has nothing to do (for shutdown and tests). */
  idle(): Promise<void> {
    return this.running === 0 && this.waiting.size === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.order.length > 0) {
      // Round-robin: the stream served goes to the back of the line; its next request queues behind the others'.
      const stream = this.order.shift()!;
      const request = this.waiting.get(stream)!;
      this.waiting.delete(stream);
      if (request.signal?.aborted) {
        request.settle(request.signal.reason instanceof Error ? request.signal.reason : new Error('The mask request was aborted.'));
        continue;
      }
      this.running += 1;
      this.segmentation.segment({ image: request.pixels, abortSignal: request.signal }).then(
        (result) => request.settle({ kind: 'mask', mask: result.mask }),
        (error: unknown) => request.settle(error instanceof Error ? error : new Error(String(error))),
      ).finally(() => {
        this.running -= 1;
        this.pump();
        if (this.running === 0 && this.waiting.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
    }
    if (this.running === 0 && this.waiting.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
