import { describe, expect, it } from 'vitest';
import type { RawPixels, SegmentationModel, SegmentResult } from '../providers/spec/index.ts';
import { PersonMaskQueue, type PersonMaskAnswer } from './person-mask-queue.ts';

/** A one-pixel frame whose only byte names it, so the test sees which frame the model got. */
const frame = (name: number): RawPixels => ({ data: Uint8Array.of(name, 0, 0), width: 1, height: 1, channels: 3 });

/**
 * A segmentation model whose calls finish only when the test says so (as frame-scheduler.test.ts
 * does with the restyle backend): the queue's order is what is under test, not the model, which
 * answers each frame's first byte as its mask.
 */
function manualModel() {
  const calls: Array<{ name: number; finish: () => void }> = [];
  const model: SegmentationModel = {
    provider: 'test', modelId: 'manual',
    segment: ({ image }) => new Promise<SegmentResult>((resolve) => {
      const pixels = image as RawPixels;
      calls.push({ name: pixels.data[0], finish: () => resolve({ mask: { data: Uint8Array.of(pixels.data[0]), width: 1, height: 1 }, warnings: [], milliseconds: 1 }) });
    }),
  };
  const finishNext = async () => {
    calls.shift()!.finish();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { model, calls, finishNext };
}

const maskName = (answer: PersonMaskAnswer) => (answer.kind === 'mask' ? answer.mask.data[0] : 'superseded');

describe('PersonMaskQueue', () => {
  it('runs one frame at a time and keeps only the newest waiting frame of a stream', async () => {
    const { model, calls, finishNext } = manualModel();
    const queue = new PersonMaskQueue({ segmentation: model });
    const stream = {};
    const answers = [1, 2, 3].map((name) => queue.request(stream, frame(name)));
    expect(calls.map((call) => call.name)).toEqual([1]);
    // Frame 2 waited and was replaced by 3: answered at once, never sent to the model.
    expect(maskName(await answers[1])).toBe('superseded');
    await finishNext();
    expect(maskName(await answers[0])).toBe(1);
    expect(calls.map((call) => call.name)).toEqual([3]);
    await finishNext();
    expect(maskName(await answers[2])).toBe(3);
    await queue.idle();
  });

  it('serves the streams in turn, so a fast camera does not starve a slow one', async () => {
    const { model, calls, finishNext } = manualModel();
    const queue = new PersonMaskQueue({ segmentation: model });
    const [fast, slow] = [{}, {}];
    const served: Array<number | string> = [];
    const ask = (stream: object, name: number) => void queue.request(stream, frame(name)).then((answer) => served.push(`${name}:${maskName(answer)}`));
    ask(fast, 10);
    ask(slow, 20);
    ask(fast, 11);
    await finishNext();
    // The slow camera's frame goes next; the fast one's newer frame replaces its waiting one meanwhile.
    expect(calls.map((call) => call.name)).toEqual([20]);
    ask(fast, 12);
    while (calls.length > 0) await finishNext();
    expect(served).toEqual(['10:10', '11:superseded', '20:20', '12:12']);
  });

  it('does not send the model a frame whose stream has left', async () => {
    const { model, calls, finishNext } = manualModel();
    const queue = new PersonMaskQueue({ segmentation: model });
    const left = new AbortController();
    void queue.request({}, frame(1));
    const abandoned = queue.request({}, frame(2), left.signal);
    left.abort(new Error('The streamer left.'));
    const refused = expect(abandoned).rejects.toThrow('The streamer left.');
    await finishNext();
    await refused;
    expect(calls).toEqual([]);
    await queue.idle();
  });
});
