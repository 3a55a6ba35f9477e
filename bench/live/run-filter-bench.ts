// The built-in filters on camera-sized frames (640×480 JPEGs of a moving scene with texture and
// sensor noise): per preset, the filter's cost against a JPEG decode plus encode of the same frame,
// the goal being at most 1. Each frame is decoded, filtered and encoded as restyleFrame does, and
// each stage is timed twice: wall clock, and CPU time (all threads of the process, libvips' too).
// Frames go round the presets one at a time, so a busy machine slows every preset alike; medians.
// CPU time is the cost proper, and steadier than the wall clock on a shared machine.
// Then frames per second per core, and the server's own cost per frame beside the filter
// (thumbnail, framing, websocket on loopback).
// The row `person-segment` is the live styles that restyle the background or the person only: the
// selfie model's person mask (TensorFlow.js on WASM, here on the calling thread so its CPU counts),
// the mask smoothed and feathered, and the camera and styled frames mixed by it (no filter in it).
// Run: npx tsx bench/live/run-filter-bench.ts [--frames 40] [--overhead false] [--max-ratio 1]
// (--max-ratio: exit 1 when a preset's CPU ratio is above it.) Prints a table, then the figures as one JSON line.
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import sharp from 'sharp';
import { decodeFrameMessage, encodeFrameMessage } from '../../src/live/frame-protocol.ts';
import { frameThumbnail } from '../../src/live/similarity-filter.ts';
import { applyPreset, filterPresets} from '../../src/media/filters/filter-presets.ts';
import { decodeRawImage, encodeRawImage } from '../../src/media/filters/raw-image.ts';
import { restyleFrame } from '../../src/media/filters/restyle-frame.ts';
import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';
import { compositeByPerson } from '../../src/live/composite-by-person.ts';
import { PersonMaskSmoother } from '../../src/live/person-mask-smoother.ts';
import type { RawImage } from '../../src/media/filters/raw-image.ts';
import { segmentPersonHere } from '../../src/providers/builtin/segmentation/segment-person-here.ts';
import { median, round } from '../lib/statistics.ts';
import { benchJwtSecret, spawnLiveBenchServer } from './live-bench-server.ts';

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

interface Row { name: string; apply(source: RawImage): Promise<RawImage> }
const smoother = new PersonMaskSmoother();
const rows: Row[] = [
  ...filterPresets.map((preset) => ({ name: preset.name, apply: (source: RawImage) => applyPreset(source, preset) })),
  {
    name: 'person-segment',
    async apply(source: RawImage) {
      const { mask } = await segmentPersonHere({ ...source, channels: 3 });
      // The frame stands in for its styled version: the cost of mixing does not depend on the look.
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

async function measurePresets() {
  // restyleFrame itself, once per preset: the stages below are its own, in its order.
  for (const preset of filterPresets) await restyleFrame(frames[0], preset, frameOptions);
  await segmentPersonHere({ ...(await decodeRawImage(frames[0], frameOptions.maxSide)), channels: 3 });
  const samples = new Map(rows.map((preset) => [preset.name, { decode: [], filter: [], encode: [], decodeCpu: [], filterCpu: [], encodeCpu: [] } as Samples]));
  const warmUp = new Map(rows.map((preset) => [preset.name, { decode: [], filter: [], encode: [], decodeCpu: [], filterCpu: [], encodeCpu: [] } as Samples]));
  for (let index = 0; index < 5; index++) for (const preset of rows) await timeFrame(frames[index % frames.length], preset, warmUp.get(preset.name)!);
  const cpuBefore = new Map(rows.map((preset) => [preset.name, 0]));
  for (let index = 0; index < frameCount; index++) {
    for (const preset of rows) {
      const before = cpuMs();
      await timeFrame(frames[index % frames.length], preset, samples.get(preset.name)!);
      cpuBefore.set(preset.name, cpuBefore.get(preset.name)! + cpuMs() - before);
    }
  }
  return Object.fromEntries(rows.map((preset) => {
    const taken = samples.get(preset.name)!;
    const [filterMs, decodeMs, encodeMs] = [median(taken.filter), median(taken.decode), median(taken.encode)];
    const [filterCpu, decodeCpu, encodeCpu] = [median(taken.filterCpu), median(taken.decodeCpu), median(taken.encodeCpu)];
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
const { 'person-segment': segmentation, ...filters } = presets;
const worstRatio = Math.max(...Object.values(filters).map((figures) => figures.ratio));
const worstCpuRatio = Math.max(...Object.values(filters).map((figures) => figures.cpu_ratio));
console.log(`worst filter/(decode+encode): ${worstRatio} wall clock, ${worstCpuRatio} CPU time (goal: at most 1)`);
console.log(`person segmentation + compositing: ${segmentation.filter_ms} ms wall, ${segmentation.filter_cpu_ms} ms CPU; ${segmentation.ratio} × (decode+encode) wall, ${segmentation.cpu_ratio} × CPU (goal: at most 1)`);

let overhead;
if (values.overhead !== 'false') {
  overhead = await measureOverhead('pixel-art');
  console.log(`server overhead per frame beside the filter: ${overhead.server_overhead_ms} ms (round trip ${overhead.round_trip_ms} ms − ${overhead.preset} filter ${overhead.filter_ms} ms; thumbnail ${overhead.of_which_thumbnail_ms} ms, decode+encode ${overhead.of_which_decode_encode_ms} ms)`);
}
console.log(JSON.stringify({ benchmark: 'live-filters', width, height, worst_ratio: worstRatio, worst_cpu_ratio: worstCpuRatio, presets, overhead }));
const maxRatio = values['max-ratio'] === undefined ? undefined : Number(values['max-ratio']);
if (maxRatio !== undefined && worstCpuRatio > maxRatio) {
  console.error(`A filter costs more than ${maxRatio} × (decode + encode) in CPU time: ${Object.entries(filters).filter(([, figures]) => figures.cpu_ratio > maxRatio).map(([name, figures]) => `${name} ${figures.cpu_ratio}`).join(', ')}.`);
  process.exitCode = 1;
}
