// The mixed traffic of a soak run: each client loop picks one action at a time until the deadline.
// Every request is timed; a refused connection (the server is restarting after a kill) is waited
// out and counted, never timed. Every job the server accepted is remembered, to be audited later.
import { cameraFrameMessage } from '../../src/live-style/testing/camera-frame.ts';
import { characterPng, testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { hostileRequests } from './soak-hostile.ts';

export interface TrafficRecord {
  latenciesMs: number[];
  /** The same latencies by the action that made the request. */
  latenciesByAction: Record<string, number[]>;
  /** Accepted jobs and the state each must end in ('settled': succeeded, or failed as bad input). */
  jobs: Map<string, JobEnding>;
  /** Jobs seen ended so far (kept by watchJobs while the traffic runs). */
  ended: Set<string>;
  /**
   * Unfinished jobs above which clients read instead of queueing more: people wait for their jobs,
   * and a backlog that only grows would measure the queue's length, not what the server loses.
   */
  maxOutstanding: number;
  actions: Record<string, number>;
  /** Answers the action did not expect (a 5xx, a 2xx for bad input, a wrong close code). */
  unexpected: string[];
  /** Requests refused while the server restarted after a kill. */
  unavailable: number;
}

export type JobEnding = 'succeeded' | 'cancelled' | 'settled';

interface Fixtures {
  songWav: Uint8Array<ArrayBuffer>;
  characterPng: Uint8Array<ArrayBuffer>;
  profileId: string;
  frames: Array<Uint8Array<ArrayBuffer>>;
}

interface Answer {
  status: number;
  text: string;
  json(): unknown;
}
type Requester = (path: string, init?: RequestInit) => Promise<Answer>;

const json = { 'content-type': 'application/json' };
const createsJob = new Set(['diagnostic', 'story', 'musicVideo', 'cancel', 'hostile']);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function prepareFixtures(url: string): Promise<Fixtures> {
  const profile = await fetch(`${url}/api/profiles`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Mia', age: 6, interests: ['space', 'cats'] }) });
  if (!profile.ok) throw new Error(`Could not create a profile: ${profile.status} ${await profile.text()}`);
  return {
    // Copied into plain ArrayBuffers, which Blob and WebSocket.send take.
    songWav: new Uint8Array(testSongWav(4).wav),
    characterPng: new Uint8Array(await characterPng()),
    profileId: ((await profile.json()) as { id: string }).id,
    frames: await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((frameId) => cameraFrameMessage(frameId, frameId * 0.5, 192))),
  };
}

/** Runs one client loop until `deadline` (ms since epoch); `hostileWeight` 0 leaves out the hostile inputs. */
export async function runClient(url: string, fixtures: Fixtures, deadline: number, record: TrafficRecord, hostileWeight = 0): Promise<void> {
  let current = '';
  /** One timed request; waits out a restarting server (bounded by the deadline plus a minute). */
  const request: Requester = async (path, init) => {
    for (;;) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}${path}`, init);
        const text = await response.text();
        const elapsed = performance.now() - started;
        record.latenciesMs.push(elapsed);
        (record.latenciesByAction[current] ??= []).push(elapsed);
        return { status: response.status, text, json: () => JSON.parse(text) };
      } catch (error) {
        record.unavailable += 1;
        if (Date.now() > deadline + 60_000) throw error;
        await pause(250);
      }
    }
  };
  const expectStatus = (action: string, response: Answer, wanted: (status: number) => boolean) => {
    if (!wanted(response.status)) record.unexpected.push(`${action}: HTTP ${response.status} ${response.text.slice(0, 160)}`);
    return wanted(response.status);
  };
  const accepted = async (action: string, response: Answer, ending: JobEnding = 'succeeded') => {
    if (!expectStatus(action, response, (status) => status === 201 || status === 202)) return undefined;
    const { id } = response.json() as { id: string };
    record.jobs.set(id, ending);
    return id;
  };
  const form = (parts: Record<string, Blob | string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(parts)) {
      if (typeof value === 'string') body.append(name, value);
      else body.append(name, value, `${name}.${value.type.split('/')[1]}`);
    }
    return body;
  };

  const actions: Record<string, { weight: number; run(): Promise<void> }> = {
    diagnostic: { weight: 30, run: async () => void (await accepted('diagnostic', await request('/api/jobs', { method: 'POST', headers: json, body: JSON.stringify({ pipeline: 'diagnostic', input: { steps: 2, delayMs: 100 } }) }))) },
    upload: {
      weight: 20,
      run: async () => {
        const response = await request('/api/assets', { method: 'POST', body: form({ file: new Blob([fixtures.characterPng], { type: 'image/png' }) }) });
        if (!expectStatus('upload', response, (status) => status === 201)) return;
        // Half the uploads are deleted again, so deletes race with puts of the same bytes.
        if (Math.random() < 0.5) {
          const { id } = response.json() as { id: string };
          expectStatus('delete', await request(`/api/assets/${id}`, { method: 'DELETE' }), (status) => status === 204);
        }
      },
    },
    story: { weight: 8, run: async () => void (await accepted('story', await request('/api/stories', { method: 'POST', headers: json, body: JSON.stringify({ profileId: fixtures.profileId, prompt: 'a sleepy dragon who lost his blanket', scenes: 2, video: false }) }))) },
    musicVideo: {
      weight: 3,
      run: async () => {
        const body = form({ song: new Blob([fixtures.songWav], { type: 'audio/wav' }), character: new Blob([fixtures.characterPng], { type: 'image/png' }), style: 'a fox in a neon city', moments: '3', width: '320', height: '180' });
        await accepted('music video', await request('/api/music-videos', { method: 'POST', body }));
      },
    },
    cancel: {
      weight: 8,
      run: async () => {
        const id = await accepted('cancel', await request('/api/jobs', { method: 'POST', headers: json, body: JSON.stringify({ pipeline: 'diagnostic', input: { steps: 10, delayMs: 500 } }) }), 'cancelled');
        if (id) expectStatus('cancel', await request(`/api/jobs/${id}/cancel`, { method: 'POST' }), (status) => status === 200);
      },
    },
    badInput: {
      weight: 15,
      run: async () => {
        const refusals: Array<[string, RequestInit]> = [
          ['/api/jobs', { method: 'POST', headers: json, body: '{"pipeline":' }],
          ['/api/jobs', { method: 'POST', headers: json, body: JSON.stringify({ pipeline: 'no-such-pipeline', input: {} }) }],
          ['/api/jobs', { method: 'POST', headers: json, body: JSON.stringify({ pipeline: 'diagnostic', input: { steps: 1000 } }) }],
          ['/api/assets', { method: 'POST', body: form({ file: new Blob(['not an image at all'], { type: 'image/png' }) }) }],
          ['/api/jobs/00000000-0000-0000-0000-000000000000', {}],
        ];
        const [path, init] = refusals[Math.floor(Math.random() * refusals.length)];
        expectStatus(`bad input ${init.method ?? 'GET'} ${path}`, await request(path, init), (status) => status >= 400 && status < 500);
      },
    },
    hostile: {
      weight: hostileWeight,
      run: async () => {
        const hostile = hostileRequests()[Math.floor(Math.random() * hostileRequests().length)];
        const response = await request(hostile.path, hostile.init());
        const action = `hostile ${hostile.name}`;
        if (hostile.outcome === 'refused' || response.status < 200 || response.status >= 300) {
          expectStatus(action, response, (status) => status >= 400 && status < 500);
        } else if (response.status === 201 || response.status === 202) {
          await accepted(action, response, 'settled');
        }
      },
    },
    live: { weight: 6, run: () => liveSession(url, request, fixtures, record) },
    // Never picked at random: what a client does instead of queueing while the backlog is long.
    list: { weight: 0, run: async () => void expectStatus('list', await request('/api/jobs'), (status) => status === 200) },
  };
  const total = Object.values(actions).reduce((sum, action) => sum + action.weight, 0);
  while (Date.now() < deadline) {
    let pick = Math.random() * total;
    let [name, action] = Object.entries(actions).find(([, candidate]) => (pick -= candidate.weight) < 0)!;
    if (createsJob.has(name) && record.jobs.size - record.ended.size > record.maxOutstanding) [name, action] = ['list', actions.list];
    current = name;
    record.actions[name] = (record.actions[name] ?? 0) + 1;
    try {
      await action.run();
    } catch (error) {
      record.unexpected.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await pause(50 + Math.random() * 150);
  }
}

/** A streamer session: camera frames, each answered with a styled one, then the session is ended. */
async function liveSession(url: string, request: Requester, fixtures: Fixtures, record: TrafficRecord): Promise<void> {
  const created = await request('/api/live/sessions', { method: 'POST' });
  if (created.status !== 201) return void record.unexpected.push(`live session: HTTP ${created.status}`);
  const session = created.json() as { sessionId: string; streamPath: string };
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}${session.streamPath}`);
  socket.binaryType = 'arraybuffer';
  let answered = 0;
  let wake = () => undefined as void;
  socket.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') answered += 1;
    wake();
  });
  const closed = new Promise<number>((resolve) => socket.addEventListener('close', (event) => resolve(event.code)));
  socket.addEventListener('error', () => undefined);
  // A socket that never opens ends the session here rather than stalling this client.
  const opened = await Promise.race([
    new Promise<boolean>((resolve) => socket.addEventListener('open', () => resolve(true), { once: true })),
    closed.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!opened) {
    record.unexpected.push('live: the stream socket did not open');
    socket.close();
    return;
  }
  for (const [index, frame] of fixtures.frames.entries()) {
    socket.send(frame);
    // One frame in flight at a time, as a browser at the server's pace; bounded wait per frame.
    const waitUntil = Date.now() + 10_000;
    while (answered <= index && Date.now() < waitUntil && socket.readyState === WebSocket.OPEN) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 250);
      });
    }
  }
  if (answered < fixtures.frames.length) record.unexpected.push(`live: ${answered} of ${fixtures.frames.length} frames answered`);
  const ended = await request(`/api/live/sessions/${session.sessionId}`, { method: 'DELETE' });
  if (ended.status !== 204) record.unexpected.push(`live end: HTTP ${ended.status}`);
  const code = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 10_000))]);
  if (code !== 4410) record.unexpected.push(`live: closed with ${code}, not 4410`);
  if (socket.readyState !== WebSocket.CLOSED) socket.close();
}
