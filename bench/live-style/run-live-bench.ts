// End-to-end latency of the live studio: N streamers on loopback, each a websocket with its own
// user sending 640×480 camera JPEGs with motion at a fixed rate (whether or not answers came back,
// so overload shows as drops), against a Kiln server in its own process with the built-in filters.
// Run: npm run bench:live [-- --clients 1,5,20 --fps 5 --seconds 8 --preset cartoon --subject everything]
// (--subject background|person: the look on the room only or the streamer only, through the person segmentation model.)
// Prints a table per streamer count (with the server's CPU time per styled frame, all its threads,
// which a busy machine disturbs far less than latency), then all figures as one JSON line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { decodeFrameMessage, encodeFrameMessage } from '../../src/live-style/frame-protocol.ts';
import { median, percentile, round } from '../lib/statistics.ts';
import { benchJwtSecret, spawnLiveBenchServer } from './live-bench-server.ts';
import { movingCameraFrames } from './moving-camera-frames.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1,5,20' }, fps: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '8' }, preset: { type: 'string', default: 'cartoon' },
    subject: { type: 'string', default: 'everything' },
  },
});
const clientCounts = values.clients.split(',').map(Number);
const fps = Number(values.fps);
const seconds = Number(values.seconds);
const now = () => performance.timeOrigin + performance.now();

interface ClientFigures {
  sent: number; received: number; repeated: number; dropped: number; latencies: number[];
  /** Server-side timings of each answer (queue, decode, inference, encode), ms. */
  server: { queue: number[]; decode: number[]; inference: number[] };
  waitedInLine: boolean; closed?: string;
}

console.error('making camera frames…');
const frames = await movingCameraFrames();
let nextUser = 0;

async function runClient(origin: string, offset: number, spread: number, until: number): Promise<ClientFigures> {
  const token = await new SignJWT({ sub: `bench-user-${nextUser++}` }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(benchJwtSecret));
  const headers = { authorization: `Bearer ${token}` };
  const response = await fetch(`${origin}/api/live/sessions`, { method: 'POST', headers });
  if (!response.ok) throw new Error(`creating a session failed: ${response.status} ${await response.text()}`);
  const { sessionId, streamPath } = (await response.json()) as { sessionId: string; streamPath: string };
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}${streamPath}`, ['kiln-live.v1', `kiln-token.${token}`]);
  socket.binaryType = 'arraybuffer';
  const figures: ClientFigures = { sent: 0, received: 0, repeated: 0, dropped: 0, latencies: [], server: { queue: [], decode: [], inference: [] }, waitedInLine: false };
  socket.addEventListener('message', (event) => {
    if (typeof event.data === 'string') {
      if (JSON.parse(event.data).type === 'waiting') figures.waitedInLine = true;
      return;
    }
    const frame = decodeFrameMessage(new Uint8Array(event.data as ArrayBuffer));
    figures.received += 1;
    if (frame.repeat) figures.repeated += 1;
    figures.dropped = frame.dropped ?? figures.dropped;
    figures.latencies.push(now() - frame.captureTime);
    figures.server.queue.push(frame.timings!.queueMs);
    figures.server.decode.push(frame.timings!.decodeMs);
    if (!frame.repeat) figures.server.inference.push(frame.timings!.inferenceMs);
  });
  socket.addEventListener('close', (event) => (figures.closed = `${event.code} ${event.reason}`));
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  socket.send(JSON.stringify({ type: 'style', preset: values.preset, subject: values.subject }));
  // Cameras start spread over one frame interval, as real ones do.
  await new Promise((resolve) => setTimeout(resolve, spread * (1000 / fps)));
  let frameId = 0;
  while (now() < until && socket.readyState === WebSocket.OPEN) {
    const due = now() + 1000 / fps;
    frameId += 1;
    socket.send(encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: now(), repeat: false, image: frames[(frameId + offset) % frames.length] }));
    figures.sent += 1;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - now())));
  }
  // Answers to the last frames are still on their way.
  await new Promise((resolve) => setTimeout(resolve, 500));
  socket.close();
  await fetch(`${origin}/api/live/sessions/${sessionId}`, { method: 'DELETE', headers });
  return figures;
}

const p = (samples: number[], fraction: number) => round(percentile(samples, fraction), 1);

/**
 * CPU time the server process has used so far, all its threads (filters, the segmentation model), in
 * ms, from Linux's /proc; undefined elsewhere. Steadier than latency on a shared machine: a busy
 * neighbour delays frames but does not make them cost more.
 */
const ticksPerSecond = (() => { try { return Number(execFileSync('getconf', ['CLK_TCK']).toString()); } catch { return 100; } })();
function serverCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, hence the last parenthesis): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  } catch {
    return undefined;
  }
}

async function runPhase(origin: string, pid: number, clients: number) {
  const until = now() + seconds * 1000;
  const cpuBefore = serverCpuMs(pid);
  const results = await Promise.all(Array.from({ length: clients }, (_, index) => runClient(origin, Math.floor((index * frames.length) / clients), index / clients, until)));
  const all = (pick: (result: ClientFigures) => number[]) => results.flatMap(pick);
  const sum = (pick: (result: ClientFigures) => number) => results.reduce((total, result) => total + pick(result), 0);
  const latencies = all((result) => result.latencies);
  const cpuAfter = serverCpuMs(pid);
  const answered = sum((result) => result.received - result.repeated);
  return {
    clients,
    sent: sum((result) => result.sent),
    answered: sum((result) => result.received),
    answered_share: round(sum((result) => result.received) / Math.max(1, sum((result) => result.sent)), 3),
    p50_ms: p(latencies, 0.5),
    p95_ms: p(latencies, 0.95),
    max_ms: round(Math.max(0, ...latencies), 1),
    dropped: sum((result) => result.dropped),
    repeated: sum((result) => result.repeated),
    waited_in_line: results.filter((result) => result.waitedInLine).length,
    closed_early: results.filter((result) => result.closed && !result.closed.startsWith('1005')).map((result) => result.closed),
    // Where the time went on the server (p50 / p95): queue before the filter, similarity thumbnail, filter pool call.
    server_queue_ms: [p(all((result) => result.server.queue), 0.5), p(all((result) => result.server.queue), 0.95)],
    server_decode_ms: [p(all((result) => result.server.decode), 0.5), p(all((result) => result.server.decode), 0.95)],
    server_filter_ms: [p(all((result) => result.server.inference), 0.5), p(all((result) => result.server.inference), 0.95)],
    // The server's CPU time (all threads) per frame it styled (repeats of the last picture cost next to nothing and are left out).
    server_cpu_ms_per_styled_frame: cpuBefore === undefined || cpuAfter === undefined || answered === 0 ? undefined : round((cpuAfter - cpuBefore) / answered, 1),
    load_average: loadavg().map((value) => round(value, 1)),
  };
}

const server = await spawnLiveBenchServer();
try {
  // A short warm-up, so compilation and worker start-up stay out of the figures.
  await runClient(server.url, 0, 0, now() + 2000);
  const phases = [];
  console.log('streamers   sent  answered  dropped  repeats  p50 ms  p95 ms  queue p95  filter p95  CPU ms/styled');
  for (const clients of clientCounts) {
    const phase = await runPhase(server.url, server.pid, clients);
    phases.push(phase);
    const row = [clients, phase.sent, `${Math.round(phase.answered_share * 100)}%`, phase.dropped, phase.repeated, phase.p50_ms, phase.p95_ms, phase.server_queue_ms[1], phase.server_filter_ms[1], phase.server_cpu_ms_per_styled_frame ?? '-'];
    console.log(row.map((cell, column) => String(cell).padStart([9, 7, 10, 9, 9, 8, 8, 11, 12, 15][column])).join(''));
  }
  console.log(JSON.stringify({ benchmark: 'live', preset: values.preset, subject: values.subject, fps, seconds, frame: '640x480 jpeg', phases }));
} finally {
  await server.stop();
}
