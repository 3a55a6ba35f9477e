// End-to-end latency of the live studio: N streamers on loopback, each a websocket sending 512×512
// JPEG frames at a fixed rate (whether or not the server kept up, so overload shows as drops),
// against a Kiln server in its own process with the built-in filters.
// Run: npx tsx bench/live/run-live-bench.ts --clients 5 --fps 5 --seconds 10 [--preset cartoon]
// Prints a table, then the figures as one JSON line.
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { decodeFrameMessage, encodeFrameMessage } from '../../src/live/frame-protocol.ts';
import { encodeRawImage } from '../../src/media/filters/raw-image.ts';
import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';
import { median, percentile, round } from '../lib/statistics.ts';
import { benchJwtSecret, spawnLiveBenchServer } from './live-bench-server.ts';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '5' }, fps: { type: 'string', default: '5' }, seconds: { type: 'string', default: '10' }, preset: { type: 'string', default: 'cartoon' } },
});
const clients = Number(values.clients);
const fps = Number(values.fps);
const seconds = Number(values.seconds);
const now = () => performance.timeOrigin + performance.now();

// Distinct frames (the head moves) so the similarity filter does not answer them from its cache.
const scenes = await Promise.all(Array.from({ length: 24 }, (_, index) => encodeRawImage(drawTestScene(512, 512, index * 0.26), 'image/jpeg', 85)));

interface ClientFigures { sent: number; received: number; repeated: number; dropped: number; latencies: number[]; waitedInLine: boolean; closed?: string }

async function runClient(origin: string, index: number, until: number): Promise<ClientFigures> {
  const token = await new SignJWT({ sub: `bench-user-${index}` }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(benchJwtSecret));
  const response = await fetch(`${origin}/api/live/sessions`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`creating a session failed: ${response.status} ${await response.text()}`);
  const { streamPath } = (await response.json()) as { streamPath: string };
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}${streamPath}`, ['kiln-live.v1', `kiln-token.${token}`]);
  socket.binaryType = 'arraybuffer';
  const figures: ClientFigures = { sent: 0, received: 0, repeated: 0, dropped: 0, latencies: [], waitedInLine: false };
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
  });
  socket.addEventListener('close', (event) => (figures.closed = `${event.code} ${event.reason}`));
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  socket.send(JSON.stringify({ type: 'style', preset: values.preset }));
  // Clients start spread over one frame interval, as real cameras do.
  await new Promise((resolve) => setTimeout(resolve, (index / clients) * (1000 / fps)));
  let frameId = 0;
  while (now() < until && socket.readyState === WebSocket.OPEN) {
    const due = now() + 1000 / fps;
    frameId += 1;
    socket.send(encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: now(), repeat: false, image: scenes[(frameId + index) % scenes.length] }));
    figures.sent += 1;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - now())));
  }
  // Answers to the last frames are still on their way.
  await new Promise((resolve) => setTimeout(resolve, 500));
  socket.close();
  return figures;
}

const server = await spawnLiveBenchServer();
try {
  // A short warm-up, so compilation and first-call costs stay out of the figures.
  await runClient(server.url, 0, now() + 1500);
  const until = now() + seconds * 1000;
  const results = await Promise.all(Array.from({ length: clients }, (_, index) => runClient(server.url, index + 1, until)));
  const latencies = results.flatMap((result) => result.latencies);
  const figures = {
    benchmark: 'live',
    preset: values.preset,
    clients,
    seconds,
    fps_sent: round(results.reduce((sum, result) => sum + result.sent, 0) / clients / seconds, 2),
    fps_received: round(results.reduce((sum, result) => sum + result.received, 0) / clients / seconds, 2),
    p50_ms: round(median(latencies), 1),
    p95_ms: round(percentile(latencies, 0.95), 1),
    max_ms: round(Math.max(0, ...latencies), 1),
    dropped: results.reduce((sum, result) => sum + result.dropped, 0),
    repeated: results.reduce((sum, result) => sum + result.repeated, 0),
    waited_in_line: results.filter((result) => result.waitedInLine).length,
  };
  console.log('client  sent  received  dropped  p50 ms  p95 ms');
  results.forEach((result, index) => {
    const row = [index + 1, result.sent, result.received, result.dropped, round(median(result.latencies), 1), round(percentile(result.latencies, 0.95), 1)];
    console.log(row.map((cell, column) => String(cell).padStart([6, 6, 10, 9, 8, 8][column])).join(''));
  });
  console.log(JSON.stringify(figures));
} finally {
  await server.stop();
}
