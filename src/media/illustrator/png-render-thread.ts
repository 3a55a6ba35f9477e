// The body of the illustrator thread: renders the SVG it is sent and posts the PNG back. Loaded by Node
// itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import type { PngRenderTask } from './png-render-thread-pool.ts';
import { renderSvgToPng } from './render-svg-to-png.ts';

answerThreadTasks(async (task: PngRenderTask) => ({ png: await renderSvgToPng(task.svg) }), {
  unknownErrorCode: 'provider_failed',
  transferOf: (result) => [result.png.buffer as ArrayBuffer],
});
