import { sharedThreadPool, threadSwitchFromEnvironment } from '../../../engine/shared-thread-pool.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../../engine/worker-thread-pool.ts';
import type { RawPixels } from '../../spec/index.ts';
import { segmentPersonHere, type SegmentedPixels } from './segment-person-here.ts';

export interface SegmentationTask {
  id: number;
  pixels: RawPixels;
}

export type SegmentationTaskAnswer = ThreadTaskAnswer<SegmentedPixels>;

/**
 * One thread that holds the selfie model (TensorFlow.js on WASM) and segments frames in the order
 * they come, so 20 ms of inference per frame never holds the server's event loop. A pool of one:
 * the model is loaded once, on the thread's first frame.
 */
export class SegmentationThread {
  private readonly thread = new WorkerThreadPool<Omit<SegmentationTask, 'id'>, SegmentationTaskAnswer, SegmentedPixels>({
    url: new URL('./segmentation-thread-body.ts', import.meta.url),
    size: 1,
    crashLabel: "The person segmentation thread",
    readResult: (answer) => ({ mask: answer.mask, milliseconds: answer.milliseconds }),
  });

  segment(pixels: RawPixels, signal?: AbortSignal): Promise<SegmentedPixels> {
    // A copy: the caller keeps its pixels (a live frame is composited with them afterwards).
    const copy = { ...pixels, data: new Uint8Array(pixels.data) };
    return this.thread.run({ pixels: copy }, { transfer: [copy.data.buffer as ArrayBuffer], signal });
  }
}

const sharedSegmentationThread = sharedThreadPool(() => threadSwitchFromEnvironment('KILN_SEGMENTATION_THREAD'), () => new SegmentationThread());

/** The process's segmentation thread; `KILN_SEGMENTATION_THREAD=0` segments on the calling thread. */
export async function segmentPerson(pixels: RawPixels, signal?: AbortSignal): Promise<SegmentedPixels> {
  const thread = sharedSegmentationThread();
  return thread ? thread.segment(pixels, signal) : segmentPersonHere(pixels);
}
