// `kiln serve` as a user runs it: its own process, real live frames through the filter threads, then
// one SIGTERM. The server must be gone within 10 s with exit code 0, however much it did before.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { cameraFrameMessage } from '../live/testing/camera-frame.ts';
import { openTestSocket } from '../server/live/testing/open-test-socket.ts';
import { startKilnProcess } from './testing/start-kiln-process.ts';

type Kiln = Awaited<ReturnType<typeof startKilnProcess>>;
let kiln: Kiln | undefined;
afterEach(async () => {
  if (!kiln) return;
  kiln.process.kill('SIGKILL');
  await rm(kiln.dataDir, { recursive: true, force: true });
  kiln = undefined;
});

/** Resolves with how the process ended, or with 'still running' once `withinMs` has passed. */
function exitWithin(process: Kiln['process'], withinMs: number): Promise<{ code: number | null; signal: string | null } | 'still running'> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => resolve('still running'), withinMs);
    process.once('exit', (code, signal) => {
      clearTimeout(deadline);
      resolve({ code, signal });
    });
  });
}

async function streamLiveFrames(url: string, count: number): Promise<void> {
  const created = (await (await fetch(`${url}/api/live/sessions`, { method: 'POST' })).json()) as { streamPath: string };
  const streamer = await openTestSocket(`${url.replace(/^http/, 'ws')}${created.streamPath}`);
  await streamer.nextText('admitted');
  for (let frameId = 1; frameId <= count; frameId++) {
    streamer.socket.send(await cameraFrameMessage(frameId));
    await streamer.nextBinary();
  }
  // Left open on purpose: a streamer still connected at shutdown is the usual case.
}

// Starting may be slow on a busy machine; only the stop is held to 10 s.
const startupAllowanceMs = 120_000;

describe('kiln serve shutdown', () => {
  it('stops within 10 s of one SIGTERM after live frames went through the filter threads', async () => {
    // One filter thread whatever the cores, so the frames really go through a worker thread.
    kiln = await startKilnProcess({ command: 'serve', env: { KILN_FILTER_THREADS: '1' } });
    await streamLiveFrames(kiln.url, 4);
    const exited = exitWithin(kiln.process, 10_000);
    kiln.process.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  }, startupAllowanceMs);

  it('stops within 10 s of SIGINT (Ctrl+C) when idle', async () => {
    kiln = await startKilnProcess({ command: 'serve' });
    const exited = exitWithin(kiln.process, 10_000);
    kiln.process.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
  }, startupAllowanceMs);
});
