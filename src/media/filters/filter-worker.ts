// The body of a filter worker thread: restyles frames it is sent and posts the answers back. Loaded
// by Node itself (type stripping), so this folder keeps to syntax Node can strip.
import type { Transferable } from 'node:worker_threads';
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import { compositePersonFrame, type PersonCompositeAnswer } from '../../live-style/composite-person-frame.ts';
import type { FilterTask } from './filter-worker-pool.ts';
import type { RawImage } from './raw-image.ts';
import { restyleFrame } from './restyle-frame.ts';

answerThreadTasks(async (task: FilterTask) => {
  let person: PersonCompositeAnswer | undefined;
  const request = task.person;
  // The live styles that keep the look on the room or the person only are mixed here, from the
  // frame this thread decoded anyway: one decode and one encode a frame, none on the event loop.
  const mix = request && ((source: RawImage, styled: RawImage) => {
    const done = compositePersonFrame(source, styled, request);
    person = done.answer;
    return done.image;
  });
  const frame = await restyleFrame(task.image, task.preset, { ...task.options, mix });
  return { frame, person };
}, {
  unknownErrorCode: 'internal',
  // The frame is copied, not transferred: sharp's output buffers live in memory the structured clone
  // cannot hand over. The person answer's planes and pixels are this thread's own, so they move.
  transferOf: ({ person }) => {
    const buffers: Transferable[] = [];
    if (person) buffers.push(person.plane.data.buffer as ArrayBuffer);
    if (person?.pixels) buffers.push(person.pixels.data.buffer as ArrayBuffer);
    return buffers;
  },
});
