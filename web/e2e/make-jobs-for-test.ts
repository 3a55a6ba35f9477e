/**
 * Real jobs for page tests, started through the HTTP API as a client would: a one-scene story,
 * a short music video and one short (small frames, few moments, so they finish quickly on a busy machine),
 * and diagnostic jobs that wait as long as a test needs to act on them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { makeTestRecording } from '../../src/pipelines/vocabulary/shorts/testing/make-test-recording.ts';

interface JobAnswer {
  id: string;
  pipeline: string;
  state: string;
  output: Record<string, unknown> | null;
  error: { message: string } | null;
}

async function send<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function startDiagnosticJob(base: string, label: string, delayMs = 0): Promise<string> {
  return (await send<JobAnswer>(`${base}/api/jobs`, json({ pipeline: 'diagnostic', input: { steps: 1, delayMs, label } }))).id;
}

export async function startStoryJob(base: string): Promise<string> {
  const profile = await send<{ id: string }>(`${base}/api/profiles`, json({ name: 'Ada', age: 6, interests: ['boats'], favouriteThings: ['a blue kite'] }));
  return (await send<JobAnswer>(`${base}/api/stories`, json({ profileId: profile.id, prompt: 'a little boat that finds a harbour', scenes: 1, video: false }))).id;
}

export async function startMusicVideoJob(base: string): Promise<string> {
  const form = new FormData();
  form.set('song', new Blob([new Uint8Array(testSongWav(8).wav)], { type: 'audio/wav' }), 'harbour-song.wav');
  for (const [field, value] of Object.entries({ style: 'a calm harbour at dusk', moments: '3', width: '320', height: '180', fps: '12' })) form.set(field, value);
  return (await send<JobAnswer>(`${base}/api/music-videos`, { method: 'POST', body: form })).id;
}

/** One short of the generated Japanese test stream (spoken by eSpeak-NG), at 180×320. */
export async function startShortsJob(base: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'kiln-page-shorts-'));
  try {
    const recording = await makeTestRecording(join(folder, 'stream.wav'));
    const form = new FormData();
    for (const [field, value] of Object.entries({ count: '1', width: '180', height: '320' })) form.set(field, value);
    form.set('recording', new Blob([new Uint8Array(await readFile(join(folder, 'stream.wav')))], { type: 'audio/wav' }), 'evening-stream.wav');
    form.set('transcript', new Blob([recording.transcript], { type: 'text/vtt' }), 'evening-stream.vtt');
    return (await send<JobAnswer>(`${base}/api/vocabulary/shorts`, { method: 'POST', body: form })).id;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Polls the job until it has ended; a job that ends other than as `state` fails the test with its error. */
export async function waitForJob(base: string, jobId: string, state: string, timeoutMs = 150_000): Promise<JobAnswer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await send<JobAnswer>(`${base}/api/jobs/${jobId}`);
    if (job.state === state) return job;
    if (['succeeded', 'failed', 'cancelled'].includes(job.state)) throw new Error(`The ${job.pipeline} job ${jobId} ended ${job.state}, not ${state}: ${job.error?.message ?? ''}`);
    if (Date.now() > deadline) throw new Error(`Job ${jobId} was still ${job.state} after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
