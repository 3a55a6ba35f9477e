// The built-in filters on camera-sized frames (640×480 JPEGs of a moving scene with texture and
// sensor noise): per preset, the median filter, decode and encode times of the same frames, taken
// frame by frame so a busy machine slows all three alike, the ratio filter / (decode + encode), and
// frames per second per core (decode + filter + encode, CPU time of all threads counted). Then the
// server's own cost per frame beside the filter (thumbnail, framing, websocket on loopback).
// Run: npx tsx bench/live/run-filter-bench.ts [--frames 40] [--overhead false]
// Prints a table, then the figures as one JSON line.
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import sharp from 'sharp';
import { decodeFrameMessage, encodeFrameMessage } from '../../src/live/frame-protocol.ts';
import { frameThumbnail } from '../../src/live/similarity-filter.ts';
import { filterPresets, findPreset } from '../../src/media/filters/filter-presets.ts';
import { encodeRawImage } from '../../src/media/filters/raw-image.ts';
import { restyleFrame } from '../../src/media/filters/restyle-frame.ts';
import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';
import { median, round } from '../lib/statistics.ts';
import { benchJwtSecret, spawnLiveBenchServer } from './live-bench-server.ts';

const { values } = parseArgs({ options: { frames: { type: 'string', default: '40' }, overhead: { type: 'string', default: 'true' } } });
const frameCount = Number(values.frames);
const [width, height] = [640, 480];
// One libvips thread, so "per core" means one core; the CPU clock below counts every thread anyway.
sharp.concurrency(1);
const frames = await Promise.all(Array.from({ length: 12 }, (_, index) => encodeRawImage(drawTestScene(width, height, index * 0.4), 'image/jpeg', 85)));
// maxSide 640: the frame is filtered at its own size, not scaled down first.
const frameOptions = { maxSide: Math.max(width, height) };

async function measurePreset(name: string) {
  const preset = findPreset(name)!;
  for (let index = 0; index < 5; index++) await restyleFrame(frames[index % frames.length], preset, frameOptions);
  const timings = { decode: [] as number[], filter: [] as number[], encode: [] as number[] };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let index = 0; index < frameCount; index++) {
    const result = await restyleFrame(frames[index % frames.length], preset, frameOptions);
    timings.decode.push(result.timings.decodeMs);
    timings.filter.push(result.timings.filterMs);
    timings.encode.push(result.timings.encodeMs);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const [filterMs, decodeMs, encodeMs] = [median(timings.filter), median(timings.decode), median(timings.encode)];
  return {
    filter_ms: round(filterMs, 2),
    decode_ms: round(decodeMs, 2),
    encode_ms: round(encodeMs, 2),
    ratio: round(filterMs / (decodeMs + encodeMs), 2),
    fps_per_core: round(frameCount / cpuSeconds, 1),
    fps_one_at_a_time: round(frameCount / wallSeconds, 1),
  };
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

const presets: Record<string, Awaited<ReturnType<typeof measurePreset>>> = {};
console.log(`${width}×${height}      filter ms  decode ms  encode ms  filter/(dec+enc)  fps/core  one-at-a-time`);
for (const preset of filterPresets) {
  const figures = await measurePreset(preset.name);
  presets[preset.name] = figures;
  const cells = [figures.filter_ms, figures.decode_ms, figures.encode_ms].map((value) => String(value).padStart(11)).join('');
  console.log(`${preset.name.padEnd(16)}${cells}${String(figures.ratio).padStart(18)}${String(figures.fps_per_core).padStart(10)}${String(figures.fps_one_at_a_time).padStart(15)}`);
}
const worstRatio = Math.max(...Object.values(presets).map((figures) => figures.ratio));
console.log(`worst filter/(decode+encode): ${worstRatio}`);

let overhead;
if (values.overhead !== 'false') {
  overhead = await measureOverhead('pixel-art');
  console.log(`server overhead per frame beside the filter: ${overhead.server_overhead_ms} ms (round trip ${overhead.round_trip_ms} ms − ${overhead.preset} filter ${overhead.filter_ms} ms; thumbnail ${overhead.of_which_thumbnail_ms} ms, decode+encode ${overhead.of_which_decode_encode_ms} ms)`);
}
console.log(JSON.stringify({ benchmark: 'live-filters', width, height, worst_ratio: worstRatio, presets, overhead }));
