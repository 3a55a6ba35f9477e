// The hostile inputs of a soak run, from the third security review: transcripts that once took the
// server down (one unbroken line of katakana, a cue of `<` repeated, a transcript with more cues than
// the studio takes), markup runs that made regular expressions backtrack on the request thread,
// JSON nested past any sane depth, broken formats that answered 500. Each is sent as any user would
// send it; the soak checks the answer is a 4xx or an accepted job that ends on its own (succeeded,
// or failed as bad input), and that meanwhile nobody else's request waits (see probeHealth).

/** What a hostile request must get: a refusal, or a job that settles without taking anything down. */
export type HostileOutcome = 'refused' | 'refused-or-settles';

export interface HostileRequest {
  name: string;
  path: string;
  init(): RequestInit;
  outcome: HostileOutcome;
}

const json = { 'content-type': 'application/json' };
const katakana = (length: number) => Array.from({ length }, (_, index) => String.fromCharCode(0x30a2 + (index * 7) % 80)).join('');

function transcriptForm(text: string, fileName: string): FormData {
  const body = new FormData();
  body.append('title', 'soak hostile transcript');
  body.append('file', new Blob([text], { type: 'text/plain' }), fileName);
  return body;
}

/** A VTT file with `cues` ordinary Japanese cues, then `extra` as the last cue. */
function vtt(cues: number, extra = ''): string {
  const lines = ['WEBVTT', ''];
  const stamp = (seconds: number) => `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}.000`;
  for (let index = 0; index < cues; index += 1) lines.push(`${stamp(index)} --> ${stamp(index + 1)}`, 'こんにちは、今日はゲームをやります', '');
  if (extra) lines.push(`${stamp(cues)} --> ${stamp(cues + 1)}`, extra, '');
  return lines.join('\n');
}

// Built once: the largest is a few megabytes.
let built: HostileRequest[] | undefined;

export function hostileRequests(): HostileRequest[] {
  built ??= [
    { name: 'transcript: 20,000 katakana on one line', path: '/api/vocabulary/streams', outcome: 'refused-or-settles', init: () => ({ method: 'POST', body: transcriptForm(`${katakana(20_000)}\n`, 'line.txt') }) },
    { name: 'transcript: a cue of < x 100,000', path: '/api/vocabulary/streams', outcome: 'refused-or-settles', init: () => ({ method: 'POST', body: transcriptForm(vtt(20, '<'.repeat(100_000)), 'angle.vtt') }) },
    { name: 'transcript: a cue of {\\ x 50,000', path: '/api/vocabulary/streams', outcome: 'refused-or-settles', init: () => ({ method: 'POST', body: transcriptForm(vtt(20, '{\\'.repeat(50_000)), 'brace.vtt') }) },
    { name: 'transcript: 300,000 cues', path: '/api/vocabulary/streams', outcome: 'refused', init: () => ({ method: 'POST', body: transcriptForm(vtt(300_000), 'huge.vtt') }) },
    { name: 'transcript: ASS without a Format line', path: '/api/vocabulary/streams', outcome: 'refused', init: () => ({ method: 'POST', body: transcriptForm('[Script Info]\nTitle: x\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,こんにちは\n', 'broken.ass') }) },
    { name: 'transcript: json3 with NUL and a lone surrogate', path: '/api/vocabulary/streams', outcome: 'refused', init: () => ({ method: 'POST', body: transcriptForm('{"events":[{"tStartMs":0,"dDurationMs":1000,"segs":[{"utf8":"こんにちは\\u0000\\ud800"}]}]}', 'nul.json') }) },
    { name: 'known words: < x 60,000', path: '/api/vocabulary/known', outcome: 'refused-or-settles', init: () => ({ method: 'POST', headers: json, body: JSON.stringify({ text: '<'.repeat(60_000) }) }) },
    { name: 'known words: [ x 60,000', path: '/api/vocabulary/known', outcome: 'refused-or-settles', init: () => ({ method: 'POST', headers: json, body: JSON.stringify({ text: '['.repeat(60_000) }) }) },
    { name: 'JSON nested 100,000 deep', path: '/api/jobs', outcome: 'refused', init: () => ({ method: 'POST', headers: json, body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }) },
    { name: 'JSON objects nested 5,000 deep', path: '/api/stories', outcome: 'refused', init: () => ({ method: 'POST', headers: json, body: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}` }) },
    { name: 'story idea: markup runs', path: '/api/stories', outcome: 'refused', init: () => ({ method: 'POST', headers: json, body: JSON.stringify({ profileId: 'not-a-profile', prompt: '<['.repeat(1_000) }) }) },
  ];
  return built;
}

/** Whether a job that was accepted for a hostile input ended acceptably: on its own, never as an internal error. */
export function settledAcceptably(job: { state: string; error?: { code?: string } | null }): boolean {
  return job.state === 'succeeded' || (job.state === 'failed' && job.error?.code === 'bad_input');
}

export interface HealthProbe {
  latenciesMs: number[];
  /** Probes that waited over a second: when (seconds into the run) and how long, to set beside the kills. */
  slow: Array<{ atSeconds: number; ms: number }>;
}

/**
 * Asks for the health page every quarter second until the deadline, as a monitor would: what it
 * waits is how long one user's input held everyone else. A server restarting after a kill refuses
 * the connection; that is not timed.
 */
export async function probeHealth(url: string, deadline: number, probe: HealthProbe, runStarted = Date.now()): Promise<void> {
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/api/health`);
      await response.arrayBuffer();
      const waited = performance.now() - started;
      probe.latenciesMs.push(waited);
      if (waited > 1000) probe.slow.push({ atSeconds: Math.round((Date.now() - runStarted) / 100) / 10, ms: Math.round(waited) });
    } catch {
      // Restarting: not timed.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
