import { sharedThreadPool, threadSwitchFromEnvironment } from '../../engine/shared-thread-pool.ts';
import { TypedThreadPool } from '../../engine/typed-thread-pool.ts';
import type { ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';
import { renderSvgToPng } from './render-svg-to-png.ts';

export interface PngRenderTask {
  id: number;
  svg: string;
}

export type PngRenderTaskAnswer = ThreadTaskAnswer<{ png: Uint8Array }>;

/**
 * A thread that turns scene SVG into PNG. resvg draws on libuv's threads, but its PNG encoding
 * (`asPng`) is synchronous: 40-60 ms a picture that held the event loop answering requests.
 */
export class PngRenderThreadPool extends TypedThreadPool<Omit<PngRenderTask, 'id'>, PngRenderTaskAnswer, Uint8Array> {
  constructor(size: number) {
    super({
      url: new URL('./png-render-thread.ts', import.meta.url),
      size,
      crashLabel: 'An illustrator thread',
      readResult: (answer) => answer.png,
    });
  }

  /** An abort drops the answer; the render itself runs to its end on the thread. */
  run(svg: string, abortSignal?: AbortSignal): Promise<Uint8Array> {
    return this.threads.run({ svg }, { signal: abortSignal });
  }
}

/**
 * The process's illustrator thread; `KILN_ILLUSTRATOR_THREAD=0` renders on the calling thread. Started
 * ahead (start-story-backends.ts), so a story's first picture does not wait for it.
 */
export const sharedPngRenderThreadPool = sharedThreadPool(() => threadSwitchFromEnvironment('KILN_ILLUSTRATOR_THREAD'), (size) => new PngRenderThreadPool(size));

/** renderSvgToPng, on the illustrator thread when there is one. */
export function renderSvgToPngOffThread(svg: string, abortSignal?: AbortSignal): Promise<Uint8Array> {
  const pool = sharedPngRenderThreadPool();
  return pool ? pool.run(svg, abortSignal) : renderSvgToPng(svg, abortSignal);
}
