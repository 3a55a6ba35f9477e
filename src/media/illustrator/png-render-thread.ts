// The body of the illustrator thread: renders the SVG it is sent and posts the PNG back. Loaded by Node
// itself (type stripping), so the files it imports keep to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { KilnError } from '../../engine/errors/index.ts';
import type { PngRenderTask, PngRenderTaskAnswer } from './png-render-thread-pool.ts';
import { renderSvgToPng } from './render-svg-to-png.ts';

parentPort!.on('message', async (task: PngRenderTask) => {
  let answer: PngRenderTaskAnswer;
  try {
    answer = { id: task.id, png: await renderSvgToPng(task.svg) };
  } catch (error) {
    const known = error instanceof KilnError;
    answer = {
      id: task.id,
      error: { code: known ? error.code : 'provider_failed', message: error instanceof Error ? error.message : String(error), isRetryable: known ? error.isRetryable : false },
    };
  }
  parentPort!.postMessage(answer, answer.png ? [answer.png.buffer as ArrayBuffer] : []);
});
