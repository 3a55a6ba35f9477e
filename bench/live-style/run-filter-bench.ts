// The built-in filters on camera-sized frames (640×480 JPEGs of a moving scene with texture and
// sensor noise): per preset, the filter's cost against a JPEG decode plus encode of the same frame,
// the goal being at most 1. Each frame is decoded, filtered and encoded as restyleFrame does, and
// each stage is timed twice: wall clock, and CPU time (all threads of the process, libvips' too).
// Frames go round the presets one at a time, so a busy machine slows every preset alike; medians.
// CPU time is the cost proper, and steadier than the wall clock on a shared machine.
// Then frames per second per core, and the server's own cost per frame beside the filter
// (thumbnail, framing, websocket on loopback).
// The row `person-segment` is the live styles that restyle the background or the person only, as a
// live stream runs them: frames of a moving scene in order, through PersonMaskTracker, which runs
// the selfie model (TensorFlow.js on WASM, here on the calling thread so its CPU counts) only on
// some frames and composites the others with the newest mask; its figures are means over the
// frames (the model's cost spread over the frames that reuse its mask), not medians; mixed as the
// filter worker mixes them, before its one encode. The row `person-segment-two-pass` is the same
// mixed as the server did before: the styled frame encoded, decoded again beside a second decode of
// the camera frame, and encoded again. The row `person-segment-every-frame` is the model on every
// frame, smoothed. None has a filter in it; their ratios are against the filter rows' decode and
// encode. Then what the reuse costs in quality: mask IoU against the model's mask of each frame.
// Run: npx tsx bench/live-style/run-filter-bench.ts [--frames 40] [--overhead false] [--max-ratio 1]
// (--max-ratio: exit 1 when a preset's CPU ratio is above it.) Prints a table, then the figures as one JSON line.
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import sharp from 'sharp';
import { decodeFrameMessage, encodeFrameMessage } from '../../src/live-style/frame-protocol.ts';
import { frameThumbnail } from '../../src/live-style/similarity-filter.ts';
import { applyPreset, filterPresets} from '../../src/media/filters/filter-presets.ts';
import { decodeRawImage, encodeRawImage } from '../../src/media/filters/raw-image.ts';
import { restyleFrame } from '../../src/media/filters/restyle-frame.ts';
import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';
import { compositeByPerson } from '../../src/live-style/composite-by-person.ts';
import { PersonMaskSmoother } from '../../src/live-style/person-mask-smoother.ts';
import type { RawImage } from '../../src/media/filters/raw-image.ts';
import type { RawPixels } from '../../src/providers/spec/index.ts';
import { segmentPersonHere } from '../../src/providers/builtin/segmentation/segment-person-here.ts';
import { PersonMaskTracker } from '../../src/live-style/person-mask-tracker.ts';
import { compositePersonFrame } from '../../src/live-style/composite-person-frame.ts';
import { mixSubject } from '../../src/live-style/restyle-subject.ts';
import type { PersonMaskAnswer } from '../../src/live-style/person-mask-queue.ts';
import { drawPersonFigure } from '../../src/providers/testing/draw-person-figure.ts';
import { median, round } from '../lib/statistics.ts';
import { benchJwtSecret, spawnLiveBenchServer } from './live-bench-server.ts';
import { movingCameraFrames } from './moving-camera-frames.ts';
import { measureMaskQuality } from './person-mask-quality.ts';

const { values } = parseArgs({ options: { frames: { type: 'string', default: '40' }, overhead: { type: 'string', default: 'true' }, 'max-ratio': { type: 'string' } } });
const frameCount = Number(values.frames);
const [width, height] = [640, 480];
// One libvips thread, so "per core" means one core; the CPU clock below counts every thread anyway.
sharp.concurrency(1);
const frames = await Promise.all(Array.from({ length: 12 }, (_, index) => encodeRawImage(drawTestScene(width, height, index * 0.4), 'image/jpeg', 85)));
// maxSide 640: the frame is filtered at its own size, not scaled down first.
const frameOptions = { maxSide: Math.max(width, height) };

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

interface Row {
  name: string;
  apply(source: RawImage): Promise<RawImage>;
  /** The row's own frames, in order, as a camera sends them (the person rows follow a moving scene). */
  nextFrame?: () => Uint8Array;
  /** Figures are means: the row's cost differs from frame to frame by design. */
  amortised?: boolean;
}
/** A camera's frames in order: the head sweeps across the picture every 60 frames (12 s at 5 FPS). */
function inOrder(sequence: Uint8Array[]): () => Uint8Array {
  let next = 0;
  return () => sequence[next++ % sequence.length];
}
const cameraSequence = await movingCameraFrames(240, width, height, 85);
// The server makes each frame's thumbnail for its similarity check anyway; made here up front, not counted.
const thumbnails = new Map(await Promise.all(cameraSequence.map(async (bytes) => [bytes, await frameThumbnail(bytes)] as const)));
const smoother = new PersonMaskSmoother();
const tracker = new PersonMaskTracker();
const twoPassTracker = new PersonMaskTracker();
/** The model for a tracker, here on the calling thread so its CPU counts; `runs` collects its answers, awaited within the frame. */
function segmentHere(runs: Array<Promise<unknown>>) {
  return (pixels: RawPixels): Promise<PersonMaskAnswer> => {
    const answer = segmentPersonHere(pixels).then(({ mask }) => ({ kind: 'mask' as const, mask }));
    runs.push(answer);
    return answer;
  };
}
/** Each person row's camera frame now: the rows go through the same sequence, each at its own pace. */
const cameraFrames = new Map<string, Uint8Array>();
const personRow = (name: string, apply: (source: RawImage, camera: Uint8Array) => Promise<RawImage>): Row => {
  const next = inOrder(cameraSequence);
  return { name, amortised: true, nextFrame: () => { const frame = next(); cameraFrames.set(name, frame); return frame; }, apply: (source) => apply(source, cameraFrames.get(name)!) };
};
const rows: Row[] = [
  ...filterPresets.map((preset) => ({ name: preset.name, apply: (source: RawImage) => applyPreset(source, preset) })),
  // As the server runs it now: the filter worker mixes the frame it decoded by the stream's mask
  // (moved with the person) before its one encode; the first frame waits for its mask (maskFor).
  personRow('person-segment', async (source, camera) => {
    const runs: Array<Promise<unknown>> = [];
    const thumbnail = thumbnails.get(camera)!;
    const reusable = tracker.reusableMask(thumbnail);
    let mixed: RawImage;
    if (reusable) {
      // The frame stands in for its styled version: the cost of mixing does not depend on the look.
      const done = compositePersonFrame(source, source, { subject: 'background', mask: reusable.data, width: reusable.width, height: reusable.height, plane: reusable.plane, returnPixels: reusable.asksForMask });
      tracker.composited({ thumbnail, plane: done.answer.plane, pixels: done.answer.pixels }, segmentHere(runs));
      mixed = done.image;
    } else {
      const mask = await tracker.maskFor({ pixels: { ...source, channels: 3 }, thumbnail }, segmentHere(runs));
      mixed = compositeByPerson(source, source, mask!, { subject: 'background' });
    }
    // The model's run for a later frame, counted here: on the server it runs on its own thread meanwhile.
    await Promise.all(runs);
    return mixed;
  }),
  // As the server ran it before: the worker's styled frame encoded, then decoded again on the main
  // thread beside the camera frame decoded a second time, mixed there and encoded (the row's encode).
  personRow('person-segment-two-pass', async (source, camera) => {
    const runs: Array<Promise<unknown>> = [];
    const styled = await decodeRawImage(await encodeRawImage(source, 'image/jpeg', 80), 4096);
    const mixed = await mixSubject(camera, styled, { subject: 'background', tracker: twoPassTracker, thumbnail: thumbnails.get(camera)!, segment: segmentHere(runs) });
    await Promise.all(runs);
    return mixed!;
  }),
  {
    name: 'person-segment-every-frame',
    nextFrame: inOrder(cameraSequence),
    async apply(source: RawImage) {
      const { mask } = await segmentPersonHere({ ...source, channels: 3 });
      return compositeByPerson(source, source, smoother.smooth(mask), { subject: 'background' });
    },
  },
];

interface Samples { decode: number[]; filter: number[]; encode: number[]; decodeCpu: number[]; filterCpu: number[]; encodeCpu: number[] }

/** One frame through restyleFrame's three stages (decode at its own size, the preset, JPEG at quality 80), each timed. */
async function timeFrame(bytes: Uint8Array, preset: Row, samples: Samples) {
  let [wall, cpu] = [performance.now(), cpuMs()];
  const lap = (walls: number[], cpus: number[]) => {
    const [nowWall, nowCpu] = [performance.now(), cpuMs()];
    walls.push(nowWall - wall);
    cpus.push(nowCpu - cpu);
    [wall, cpu] = [nowWall, nowCpu];
  };
  const source = await decodeRawImage(bytes, frameOptions.maxSide);
  lap(samples.decode, samples.decodeCpu);
  const styled = await preset.apply(source);
  lap(samples.filter, samples.filterCpu);
  await encodeRawImage(styled, 'image/jpeg', 80);
  lap(samples.encode, samples.encodeCpu);
}

/** The drawn person `zoom` times nearer the camera (the middle of a larger drawing), `shiftX` pixels aside. */
async function leaningFigure(zoom: number, shiftX: number): Promise<{ png: Uint8Array; truth: Uint8Array }> {
  const [bigWidth, bigHeight] = [Math.round(width * zoom), Math.round(height * zoom)];
  const figure = await drawPersonFigure({ width: bigWidth, height: bigHeight, shiftX: shiftX * zoom });
  const [left, top] = [(bigWidth - width) >> 1, (bigHeight - height) >> 1];
  const png = new Uint8Array(await sharp(figure.png).extract({ left, top, width, height }).png().toBuffer());
  const truth = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) truth.set(figure.truth.subarray((y + top) * bigWidth + left, (y + top) * bigWidth + left + width), y * width);
  return { png, truth };
}

const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;

async function measurePresets() {
  // restyleFrame itself, once per preset: the stages below are its own, in its order.
  for (const preset of filterPresets) await restyleFrame(frames[0], preset, frameOptions);
  await segmentPersonHere({ ...(await decodeRawImage(frames[0], frameOptions.maxSide)), channels: 3 });
  const samples = new Map(rows.map((preset) => [preset.name, { decode: [], filter: [], encode: [], decodeCpu: [], filterCpu: [], encodeCpu: [] } as Samples]));
  const warmUp = new Map(rows.map((preset) => [preset.name, { decode: [], filter: [], encode: [], decodeCpu: [], filterCpu: [], encodeCpu: [] } as Samples]));
  const frameFor = (preset: Row, index: number) => preset.nextFrame?.() ?? frames[index % frames.length];
  for (let index = 0; index < 5; index++) for (const preset of rows) await timeFrame(frameFor(preset, index), preset, warmUp.get(preset.name)!);
  const cpuBefore = new Map(rows.map((preset) => [preset.name, 0]));
  for (let index = 0; index < frameCount; index++) {
    for (const preset of rows) {
      const before = cpuMs();
      await timeFrame(frameFor(preset, index), preset, samples.get(preset.name)!);
      cpuBefore.set(preset.name, cpuBefore.get(preset.name)! + cpuMs() - before);
    }
  }
  // The person rows are set against the filter rows' decode and encode of the same frames: their
  // own stages pay for the model's garbage and TensorFlow.js's leftovers, which are no decode's cost.
  const filterSamples = filterPresets.map((preset) => samples.get(preset.name)!);
  const pooled = (stage: keyof Samples) => median(filterSamples.flatMap((taken) => taken[stage]));
  const reference = { decode: pooled('decode'), encode: pooled('encode'), decodeCpu: pooled('decodeCpu'), encodeCpu: pooled('encodeCpu') };
  return Object.fromEntries(rows.map((preset) => {
    const taken = samples.get(preset.name)!;
    const typical = preset.amortised ? mean : median;
    const own = !preset.name.startsWith('person-segment');
    const [filterMs, decodeMs, encodeMs] = [typical(taken.filter), own ? median(taken.decode) : reference.decode, own ? median(taken.encode) : reference.encode];
    const [filterCpu, decodeCpu, encodeCpu] = [typical(taken.filterCpu), own ? median(taken.decodeCpu) : reference.decodeCpu, own ? median(taken.encodeCpu) : reference.encodeCpu];
    return [preset.name, {
      filter_ms: round(filterMs, 2),
      decode_ms: round(decodeMs, 2),
      encode_ms: round(encodeMs, 2),
      ratio: round(filterMs / (decodeMs + encodeMs), 2),
      filter_cpu_ms: round(filterCpu, 2),
      decode_encode_cpu_ms: round(decodeCpu + encodeCpu, 2),
      cpu_ratio: round(filterCpu / (decodeCpu + encodeCpu), 2),
      fps_per_core: round(frameCount / (cpuBefore.get(preset.name)! / 1000), 1),
    }];
  }));
}

/** Round trips of one streamer that waits for each answer, against a server in its own process. */
async function measureRoundTrips(origin: string, preset: string, count: number): Promise<number[]> {
  const token = await new SignJWT({ sub: 'filter-bench' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(benchJwtSecret));
  const { streamPath } = (await (await fetch(`${origin}/api/live/sessions`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).json()) as { streamPath: string };
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}${streamPath}`, ['kiln-live.v1', `kiln-token.${token}`]);
  socket.binaryType = 'arraybuffer';
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  let closed: string | undefined;
  socket.addEventListener('close', (event) => (closed = `${event.code} ${event.reason}`));
  socket.send(JSON.stringify({ type: 'style', preset }));
  const roundTrips: number[] = [];
  for (let frameId = 1; frameId <= count; frameId++) {
    // 40 frames a second at most: faster would be a flood the server rightly closes (4429).
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (closed) throw new Error(`the server closed the stream: ${closed}`);
    const sentAt = performance.now();
    const listening = new AbortController();
    const answered = new Promise<void>((resolve, reject) => {
      socket.addEventListener('close', () => reject(new Error(`the server closed the stream: ${closed}`)), { signal: listening.signal });
      socket.addEventListener('message', (event) => {
        if (typeof event.data !== 'string' && decodeFrameMessage(new Uint8Array(event.data as ArrayBuffer)).frameId === frameId) resolve();
      }, { signal: listening.signal });
    }).finally(() => listening.abort());
    socket.send(encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: Date.now(), repeat: false, image: frames[frameId % frames.length] }));
    await answered;
    roundTrips.push(performance.now() - sentAt);
  }
  socket.close();
  return roundTrips;
}

async function measureOverhead(preset: string) {
  // The filter alone at the size the server works at (512), to subtract from the round trip.
  const filterOnly: number[] = [];
  const thumbnails: number[] = [];
  const decodeEncode: number[] = [];
  for (let index = 0; index < 60; index++) {
    const frame = await restyleFrame(frames[index % frames.length], preset);
    filterOnly.push(frame.timings.filterMs);
    decodeEncode.push(frame.timings.decodeMs + frame.timings.encodeMs);
    const started = performance.now();
    await frameThumbnail(frames[index % frames.length]);
    thumbnails.push(performance.now() - started);
  }
  sharp.concurrency(0);
  const server = await spawnLiveBenchServer();
  let roundTrips: number[];
  try {
    await measureRoundTrips(server.url, preset, 20);
    roundTrips = await measureRoundTrips(server.url, preset, 100);
  } finally {
    await server.stop();
  }
  return {
    preset,
    round_trip_ms: round(median(roundTrips), 2),
    filter_ms: round(median(filterOnly), 2),
    server_overhead_ms: round(median(roundTrips) - median(filterOnly), 2),
    of_which_thumbnail_ms: round(median(thumbnails), 2),
    of_which_decode_encode_ms: round(median(decodeEncode), 2),
  };
}

const presets = await measurePresets();
console.log(`${width}×${height}      filter ms  decode ms  encode ms  ratio  │  CPU: filter ms  dec+enc ms  ratio  │  fps/core`);
for (const [name, figures] of Object.entries(presets)) {
  const wallCells = [figures.filter_ms, figures.decode_ms, figures.encode_ms].map((value) => String(value).padStart(11)).join('') + String(figures.ratio).padStart(7);
  const cpuCells = String(figures.filter_cpu_ms).padStart(16) + String(figures.decode_encode_cpu_ms).padStart(12) + String(figures.cpu_ratio).padStart(7);
  console.log(`${name.padEnd(16)}${wallCells}  │${cpuCells}  │${String(figures.fps_per_core).padStart(10)}`);
}
// The filters' goal; the segmentation row is reported on its own line (it adds a model, not a look).
const { 'person-segment': segmentation, 'person-segment-two-pass': twoPass, 'person-segment-every-frame': everyFrame, ...filters } = presets;
const worstRatio = Math.max(...Object.values(filters).map((figures) => figures.ratio));
const worstCpuRatio = Math.max(...Object.values(filters).map((figures) => figures.cpu_ratio));
console.log(`worst filter/(decode+encode): ${worstRatio} wall clock, ${worstCpuRatio} CPU time (goal: at most 1)`);
console.log(`person segmentation + compositing, mask reused (${tracker.requests} model runs in ${frameCount + 5} frames): ${segmentation.filter_ms} ms wall, ${segmentation.filter_cpu_ms} ms CPU a frame on average; ${segmentation.ratio} × (decode+encode) wall, ${segmentation.cpu_ratio} × CPU (goal: at most 1)`);
console.log(`the same mixed as the server did before (styled frame encoded, decoded again beside the camera frame, encoded again; ${twoPassTracker.requests} model runs): ${twoPass.filter_ms} ms wall, ${twoPass.filter_cpu_ms} ms CPU a frame; ${twoPass.ratio} × wall, ${twoPass.cpu_ratio} × CPU`);
console.log(`person segmentation + compositing, the model on every frame: ${everyFrame.filter_ms} ms wall, ${everyFrame.filter_cpu_ms} ms CPU; ${everyFrame.ratio} × wall, ${everyFrame.cpu_ratio} × CPU`);

// Quality: one sweep of the bench's moving scene; a drawn person moving side to side (a rigid move,
// the best case for moving a mask along); and one leaning in towards the camera and back while
// swaying (the outline grows and shrinks, which no shift follows). The drawn ones say where the person truly is.
const sweep = await Promise.all(cameraSequence.slice(0, 60).map((bytes) => decodeRawImage(bytes, width)));
const sideways = await Promise.all(Array.from({ length: 60 }, (_, index) => drawPersonFigure({ width, height, shiftX: 140 * Math.sin((index / 60) * 2 * Math.PI) })));
const leaning = await Promise.all(Array.from({ length: 60 }, (_, index) => leaningFigure(1 + 0.35 * (1 - Math.cos((index / 60) * 2 * Math.PI)) / 2, 50 * Math.sin((index / 30) * 2 * Math.PI))));
const decodeAll = (pictures: Array<{ png: Uint8Array }>) => Promise.all(pictures.map((picture) => decodeRawImage(picture.png, width)));
const maskQuality = {
  moving_scene: await measureMaskQuality(sweep),
  moving_person: await measureMaskQuality(await decodeAll(sideways), sideways.map((figure) => figure.truth)),
  leaning_person: await measureMaskQuality(await decodeAll(leaning), leaning.map((figure) => figure.truth)),
};
for (const [name, quality] of Object.entries(maskQuality)) {
  console.log(`mask IoU against the model's mask of each frame, ${name}: reused ${quality.reused_mean_iou} mean, ${quality.reused_min_iou} worst (model on ${quality.model_runs} of ${quality.frames} frames); every frame, smoothed ${quality.every_frame_mean_iou} mean, ${quality.every_frame_min_iou} worst`
    + (quality.fresh_truth_iou === undefined ? '' : `; against the truth: reused ${quality.reused_truth_iou}, every frame ${quality.every_frame_truth_iou}, the model's own mask ${quality.fresh_truth_iou}`));
}

let overhead;
if (values.overhead !== 'false') {
  overhead = await measureOverhead('pixel-art');
  console.log(`server overhead per frame beside the filter: ${overhead.server_overhead_ms} ms (round trip ${overhead.round_trip_ms} ms − ${overhead.preset} filter ${overhead.filter_ms} ms; thumbnail ${overhead.of_which_thumbnail_ms} ms, decode+encode ${overhead.of_which_decode_encode_ms} ms)`);
}
console.log(JSON.stringify({ benchmark: 'live-filters', width, height, worst_ratio: worstRatio, worst_cpu_ratio: worstCpuRatio, presets, person_mask_model_runs: tracker.requests, mask_quality: maskQuality, overhead }));
const maxRatio = values['max-ratio'] === undefined ? undefined : Number(values['max-ratio']);
if (maxRatio !== undefined && worstCpuRatio > maxRatio) {
  console.error(`A filter costs more than ${maxRatio} × (decode + encode) in CPU time: ${Object.entries(filters).filter(([, figures]) => figures.cpu_ratio > maxRatio).map(([name, figures]) => `${name} ${figures.cpu_ratio}`).join(', ')}.`);
  process.exitCode = 1;
}
