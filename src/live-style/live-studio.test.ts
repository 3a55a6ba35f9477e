import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ProviderUnavailableError } from '../engine/errors/index.ts';
import { createFilterRestyleModel, type PersonRestyleOptions, type PersonRestyleResult } from '../media/filters/create-filter-restyle-model.ts';
import { createSelfieSegmentationModel } from '../providers/builtin/segmentation/selfie-segmentation-model.ts';
import { createFallbackModel } from '../providers/fallback-model.ts';
import { decodeRawImage } from '../media/filters/raw-image.ts';
import { encodeFrameMessage } from './frame-protocol.ts';
import { LiveStudio, type LiveStudioOptions } from './live-studio.ts';
import { cameraFrameMessage, sceneJpeg } from './testing/camera-frame.ts';
import { RecordingSink } from './testing/recording-sink.ts';

let studio: LiveStudio | undefined;
afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

function startStudio(options: Partial<LiveStudioOptions> = {}) {
  studio = new LiveStudio({ model: createFilterRestyleModel(), ...options });
  return studio;
}

function openStream(target: LiveStudio, ownerId = 'local') {
  const session = target.createSession(ownerId);
  const sink = new RecordingSink();
  const connection = target.connectStreamer(session, sink);
  return { session, sink, connection };
}

function saturation(pixels: Uint8Array): number {
  let total = 0;
  for (let offset = 0; offset < pixels.length; offset += 3) total += Math.max(pixels[offset], pixels[offset + 1], pixels[offset + 2]) - Math.min(pixels[offset], pixels[offset + 1], pixels[offset + 2]);
  return total / (pixels.length / 3);
}

describe('live studio', () => {
  it('answers a camera frame with a styled one, and relays the same bytes to viewers', async () => {
    const target = startStudio();
    const { session, sink, connection } = openStream(target);
    const viewer = new RecordingSink();
    target.connectViewer(session, viewer);
    expect(sink.messages().map((message) => message.type)).toEqual(['welcome', 'viewers', 'admitted', 'viewers']);

    const sent = await cameraFrameMessage(1);
    connection.receive(sent);
    await sink.waitFor((each) => each.frames().length === 1);
    const [styled] = sink.frames();
    expect(styled).toMatchObject({ kind: 'styled', frameId: 1, repeat: false, dropped: 0, imageType: 'image/jpeg' });
    expect(styled.timings!.inferenceMs).toBeGreaterThan(0);
    const [before, after] = await Promise.all([decodeRawImage(await sceneJpeg(0.5)), decodeRawImage(styled.image)]);
    expect(after.width).toBe(256);
    let difference = 0;
    for (let index = 0; index < after.data.length; index++) difference += Math.abs(after.data[index] - before.data[index]);
    expect(difference / after.data.length).toBeGreaterThan(5);
    await viewer.waitFor((each) => each.frames().length === 1);
    expect(viewer.sent.at(-1)).toBe(sink.sent.at(-1));
  });

  it('changes the look from the next frame on, without reconnecting', async () => {
    const target = startStudio();
    const { sink, connection } = openStream(target);
    connection.receive(await cameraFrameMessage(1, 0));
    await sink.waitFor((each) => each.frames().length === 1);
    connection.receive(JSON.stringify({ type: 'style', preset: 'Pencil sketch' }));
    expect(sink.messages().at(-1)).toEqual({ type: 'style-changed', style: { preset: 'pencil-sketch' }, description: 'Pencil sketch', styleVersion: 1 });
    // The same picture again: a new style must not be answered with the old cached one.
    connection.receive(await cameraFrameMessage(2, 0));
    await sink.waitFor((each) => each.frames().length === 2);
    const [cartoon, sketch] = await Promise.all(sink.frames().map((frame) => decodeRawImage(frame.image)));
    expect(sink.frames()[1].repeat).toBe(false);
    expect(sink.frames().map((frame) => frame.styleVersion)).toEqual([0, 1]);
    expect(saturation(sketch.data)).toBeLessThan(saturation(cartoon.data) / 3);
  });

  it('answers the frame that was with the backend during a style change in the new look, never the old', async () => {
    const filters = createFilterRestyleModel();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const prompts: string[] = [];
    const target = startStudio({
      model: { ...filters, restyle: async (call) => {
        prompts.push(call.prompt);
        await gate;
        return filters.restyle(call);
      } },
    });
    const { sink, connection } = openStream(target);
    connection.receive(await cameraFrameMessage(1, 0));
    await sink.waitFor(() => prompts.length === 1);
    connection.receive(JSON.stringify({ type: 'style', preset: 'pencil-sketch' }));
    release();
    await sink.waitFor((each) => each.frames().length === 1);
    await target.scheduler.idle();
    expect(prompts).toEqual(['preset:cartoon', 'preset:pencil-sketch']);
    const [answer] = sink.frames();
    expect(answer).toMatchObject({ frameId: 1, styleVersion: 1, repeat: false });
    const sketch = await decodeRawImage(answer.image);
    const cartoon = await decodeRawImage((await filters.restyle({ image: { data: await sceneJpeg(0), mediaType: 'image/jpeg' }, prompt: 'preset:cartoon' })).image.data);
    expect(saturation(sketch.data)).toBeLessThan(saturation(cartoon.data) / 3);
  });

  it('refuses an unknown preset with the list, and keeps the stream going in the old style', async () => {
    const target = startStudio();
    const { sink, connection, session } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'claymation' }));
    connection.receive('not json');
    connection.receive(JSON.stringify({ type: 'dance' }));
    const errors = sink.messages().filter((message) => message.type === 'error');
    expect(errors.map((message) => 'message' in message && message.message)).toEqual([
      expect.stringMatching(/^There is no preset named "claymation"; choose one of: cartoon, comic, /),
      expect.stringMatching(/^A text message must be JSON/),
      expect.stringMatching(/^That message was not understood \(type: /),
    ]);
    expect(session.style).toEqual({ preset: 'cartoon' });
    connection.receive(await cameraFrameMessage(1));
    await sink.waitFor((each) => each.frames().length === 1);
    expect(sink.closed).toBeUndefined();
  });

  it('resends the last styled frame for a camera that did not move, without asking the backend', async () => {
    const target = startStudio();
    const { sink, connection, session } = openStream(target);
    connection.receive(await cameraFrameMessage(1, 0));
    await sink.waitFor((each) => each.frames().length === 1);
    connection.receive(await cameraFrameMessage(2, 0));
    await sink.waitFor((each) => each.frames().length === 2);
    const [first, second] = sink.frames();
    expect(second).toMatchObject({ frameId: 2, repeat: true });
    expect(second.timings!.inferenceMs).toBe(0);
    expect(Array.from(second.image)).toEqual(Array.from(first.image));
    expect([session.processed, session.repeated]).toEqual([1, 1]);
  });

  it('closes a stream that sends something other than an image (4400), and the other sessions go on', async () => {
    const target = startStudio();
    const bad = openStream(target);
    const good = openStream(target);
    bad.connection.receive(encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId: 1, captureTime: 0, repeat: false, image: new TextEncoder().encode('<html>not a picture</html>') }));
    expect(bad.sink.closed).toEqual({ code: 4400, reason: 'Frame 1 is not the image/jpeg its header says: its bytes are not an image.' });
    good.connection.receive(await cameraFrameMessage(1));
    await good.sink.waitFor((each) => each.frames().length === 1);
  });

  it('forgives a couple of undecodable frames with a frame-error, then closes (4400)', async () => {
    const target = startStudio();
    const { sink, connection } = openStream(target);
    const broken = (frameId: number) => encodeFrameMessage({
      kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: 0, repeat: false, image: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4]),
    });
    connection.receive(broken(1));
    await sink.waitFor((each) => each.messages().some((message) => message.type === 'frame-error'));
    expect(sink.messages().find((message) => message.type === 'frame-error')).toMatchObject({ frameId: 1, code: 'bad_input', message: expect.stringMatching(/^Frame 1 could not be decoded/) });
    connection.receive(broken(2));
    await sink.waitFor((each) => each.messages().filter((message) => message.type === 'frame-error').length === 2);
    connection.receive(broken(3));
    await sink.waitFor((each) => each.closed !== undefined);
    expect(sink.closed!.code).toBe(4400);
  });

  it('closes on a frame over the size limit (4413) and on a flood of frames (4429)', async () => {
    const target = startStudio({ maxFrameBytes: 1000, maxFramesPerSecond: 5 });
    const large = openStream(target);
    large.connection.receive(new Uint8Array(1001));
    expect(large.sink.closed).toEqual({ code: 4413, reason: expect.stringContaining('A frame of 1001 bytes is over the limit of 1000') });

    const flood = openStream(target);
    const tiny = encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId: 1, captureTime: 0, repeat: false, image: new Uint8Array([0xff, 0xd8, 0xff]) });
    for (let count = 0; count < 6; count++) flood.connection.receive(tiny);
    expect(flood.sink.closed).toEqual({ code: 4429, reason: 'More than 5 frames arrived within a second; send at most 30 FPS.' });
  });

  it('reports frames replaced while waiting as dropped', async () => {
    const target = startStudio({ concurrency: 1 });
    const { sink, connection, session } = openStream(target);
    const frames = await Promise.all([1, 2, 3, 4].map((id) => cameraFrameMessage(id, id)));
    for (const frame of frames) connection.receive(frame);
    await target.scheduler.idle();
    await sink.waitFor((each) => each.frames().some((frame) => frame.frameId === 4));
    expect(sink.messages().filter((message) => message.type === 'frame-dropped')).toEqual([
      { type: 'frame-dropped', frameId: 2, dropped: 1 },
      { type: 'frame-dropped', frameId: 3, dropped: 2 },
    ]);
    expect(sink.frames().map((frame) => frame.frameId)).toEqual([1, 4]);
    expect(session.dropped).toBe(2);
  });

  it('survives a streamer vanishing mid-frame: nothing is sent to it, and its place goes to the next in line', async () => {
    const target = startStudio({ maxActiveSessions: 1 });
    const leaving = openStream(target);
    const waiting = openStream(target);
    expect(waiting.sink.messages().at(-1)).toEqual({ type: 'waiting', position: 1 });
    leaving.connection.receive(await cameraFrameMessage(1));
    leaving.connection.disconnect();
    leaving.sink.close(1006, 'gone');
    expect(waiting.sink.messages().at(-1)).toEqual({ type: 'admitted' });
    waiting.connection.receive(await cameraFrameMessage(1));
    await waiting.sink.waitFor((each) => each.frames().length === 1);
    await target.scheduler.idle();
    expect(leaving.sink.frames()).toHaveLength(0);
  });

  it('gives a late viewer the last picture at once, and closes viewers when the session ends (4410)', async () => {
    const target = startStudio();
    const { session, sink, connection } = openStream(target);
    connection.receive(await cameraFrameMessage(1));
    await sink.waitFor((each) => each.frames().length === 1);
    const viewer = new RecordingSink();
    target.connectViewer(session, viewer);
    expect(viewer.frames().map((frame) => frame.frameId)).toEqual([1]);
    target.endSession(session);
    expect(viewer.closed).toEqual({ code: 4410, reason: 'The streamer ended the live session.' });
    expect(sink.closed?.code).toBe(4410);
    expect(target.sessions.get(session.id)).toBeUndefined();
  });
  it('styles only the person when asked: a room with nobody in it becomes the backdrop colour', async () => {
    const target = startStudio({ segmentation: createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' }) });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'cartoon', subject: 'person', backdrop: '#00ff00' }));
    expect(sink.messages().at(-1)).toMatchObject({ type: 'style-changed', style: { preset: 'cartoon', subject: 'person', backdrop: '#00ff00' } });
    connection.receive(await cameraFrameMessage(1));
    await sink.waitFor((each) => each.frames().length === 1);
    const styled = await decodeRawImage(sink.frames()[0].image);
    let greenish = 0;
    for (let offset = 0; offset < styled.data.length; offset += 3) if (styled.data[offset + 1] > 200 && styled.data[offset] < 60 && styled.data[offset + 2] < 60) greenish += 1;
    expect(greenish / (styled.data.length / 3)).toBeGreaterThan(0.9);
  });

  it('runs the person model on fewer frames than it styles, reusing the mask between them', async () => {
    const selfie = createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' });
    let calls = 0;
    const counted = { ...selfie, segment: (options: Parameters<typeof selfie.segment>[0]) => { calls += 1; return selfie.segment(options); } };
    const target = startStudio({ segmentation: counted });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'cartoon', subject: 'background' }));
    // The head moves on every frame; each frame is sent once the last one is answered, as the page does.
    for (let frameId = 1; frameId <= 4; frameId++) {
      connection.receive(await cameraFrameMessage(frameId));
      await sink.waitFor((each) => each.frames().length === frameId);
    }
    expect(sink.frames().map((frame) => frame.repeat)).toEqual([false, false, false, false]);
    // The first frame waits for its own mask; the model runs again no sooner than three frames later.
    expect(calls).toBe(2);
  });

  it('styles the whole frame rather than dropping it when the segmentation model is off', async () => {
    const off = createFallbackModel('segmentation', [], () => { throw new Error('no backend'); });
    const target = startStudio({ segmentation: off });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'cartoon', subject: 'background' }));
    connection.receive(await cameraFrameMessage(1));
    await sink.waitFor((each) => each.frames().length === 1);
    expect(sink.frames()[0]).toMatchObject({ kind: 'styled', frameId: 1 });
    expect(sink.messages().filter((message) => message.type === 'frame-error')).toEqual([]);
  });

  it('mixes a frame by the reused mask inside the filter worker, which decoded it anyway', async () => {
    const filters = createFilterRestyleModel();
    const composited: Array<boolean | undefined> = [];
    const model = { ...filters, restyle: async (options: PersonRestyleOptions) => {
      const result: PersonRestyleResult = await filters.restyle(options);
      composited.push(result.personComposite?.composited);
      return result;
    } };
    const target = startStudio({ model, segmentation: createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' }) });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'cartoon', subject: 'person', backdrop: '#00ff00' }));
    for (let frameId = 1; frameId <= 4; frameId++) {
      connection.receive(await cameraFrameMessage(frameId));
      await sink.waitFor((each) => each.frames().length === frameId);
    }
    // The first frame waits for its own mask and is mixed here; the others were mixed in the worker.
    expect(composited).toEqual([undefined, true, true, true]);
    for (const frame of sink.frames()) expect(greenShare(await decodeRawImage(frame.image))).toBeGreaterThan(0.9);
  });

  it('styles a frame the model cannot read whole, mid-stream: one too small, one all black', async () => {
    const target = startStudio({ segmentation: createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' }) });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'thermal', subject: 'background' }));
    connection.receive(await cameraFrameMessage(1));
    await sink.waitFor((each) => each.frames().length === 1);
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const black = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#000000' } }).jpeg().toBuffer();
    const alone = await filtersAlone.restyle({ image: { data: black, mediaType: 'image/jpeg' }, prompt: 'preset:thermal' });
    for (const [frameId, image] of [[2, tiny], [3, black]] as const) {
      connection.receive(encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: Date.now(), repeat: false, image: new Uint8Array(image) }));
      await sink.waitFor((each) => each.frames().length === frameId);
    }
    expect(sink.frames().map((frame) => [frame.frameId, frame.repeat])).toEqual([[1, false], [2, false], [3, false]]);
    expect((await decodeRawImage(sink.frames()[1].image)).width).toBe(8);
    // Nobody in the black frame: the room is all there is, so it is styled whole, as the filter alone styles it.
    expect(meanDifference(await decodeRawImage(sink.frames()[2].image), await decodeRawImage(alone.image.data))).toBeLessThan(2);
    expect(sink.messages().filter((message) => message.type === 'frame-error')).toEqual([]);
  });

  it('styles whole frames once the model fails to load partway, rather than dropping them', async () => {
    const selfie = createSelfieSegmentationModel({ provider: 'builtin', modelId: 'selfie' });
    let calls = 0;
    const failing = { ...selfie, segment: (options: Parameters<typeof selfie.segment>[0]) => {
      calls += 1;
      return calls === 1 ? selfie.segment(options) : Promise.reject(new ProviderUnavailableError('The person segmentation model could not be loaded.'));
    } };
    const target = startStudio({ segmentation: failing });
    const { sink, connection } = openStream(target);
    connection.receive(JSON.stringify({ type: 'style', preset: 'cartoon', subject: 'person', backdrop: '#00ff00' }));
    for (let frameId = 1; frameId <= 7; frameId++) {
      connection.receive(await cameraFrameMessage(frameId));
      await sink.waitFor((each) => each.frames().length === frameId);
    }
    expect(calls).toBeGreaterThan(1);
    // The first frame has its mask (a room with nobody: all backdrop); the last, after the failure, is the cartoon whole.
    expect(greenShare(await decodeRawImage(sink.frames()[0].image))).toBeGreaterThan(0.9);
    expect(greenShare(await decodeRawImage(sink.frames()[6].image))).toBeLessThan(0.1);
    expect(sink.messages().filter((message) => message.type === 'frame-error')).toEqual([]);
  });
});

const filtersAlone = createFilterRestyleModel({ threads: 'inline' });

/** Share of pixels that are the green backdrop. */
function greenShare(image: { data: Uint8Array }): number {
  let green = 0;
  for (let offset = 0; offset < image.data.length; offset += 3) if (image.data[offset + 1] > 200 && image.data[offset] < 60 && image.data[offset + 2] < 60) green += 1;
  return green / (image.data.length / 3);
}

function meanDifference(first: { data: Uint8Array }, second: { data: Uint8Array }): number {
  let total = 0;
  for (let index = 0; index < first.data.length; index++) total += Math.abs(first.data[index] - second.data[index]);
  return total / first.data.length;
}
