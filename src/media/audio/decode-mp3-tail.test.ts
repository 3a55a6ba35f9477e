import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { decodeMp3Tail, decodeMp3TailOffThread } from './decode-mp3-tail.ts';
import { createMinimp3Decoder } from './minimp3-decoder.ts';
import { id3v2TagBytes, splitFrames, wholeFramesEnd } from './mp3-layout.ts';

/** Six seconds of stereo: a tone in each ear, clicks, and noise, so every granule carries detail. */
const song =
  "aevalsrc='0.3*sin(2*PI*220*t)+0.6*exp(-300*mod(t,0.5))*sin(2*PI*2500*t)+0.05*random(0)|0.3*sin(2*PI*330*t)+0.6*exp(-300*mod(t,0.37))*sin(2*PI*4000*t)+0.05*random(1)':s=44100:d=6";

/** The frames of an MP3 (behind its ID3v2 tag; an Info frame decodes to silence, as in a whole decode), up to the last whole one. */
async function encodedFrames(folder: string, name: string, ...args: string[]): Promise<Uint8Array> {
  const path = join(folder, name);
  await runFfmpeg(['-v', 'error', '-y', '-f', 'lavfi', '-i', song, '-c:a', 'libmp3lame', ...args, path]);
  const bytes = new Uint8Array(await readFile(path));
  const frames = bytes.subarray(id3v2TagBytes(bytes));
  return frames.subarray(0, wholeFramesEnd(frames)!);
}

/** The PCM bytes of a decode from the first frame to the last, in one part. */
function decodeWhole(frames: Uint8Array): Uint8Array {
  const decoder = createMinimp3Decoder(frames.length)!;
  decoder.mp3.set(frames);
  const { frames: count, channels } = decoder.start(frames.length);
  const pcm = new Uint8Array(count * channels * 2);
  let filled = 0;
  for (let chunk = decoder.next(); chunk.length > 0; chunk = decoder.next()) (pcm.set(chunk, filled), (filled += chunk.length));
  return pcm;
}

describe.skipIf(toolMissing('ffmpeg'))('decodeMp3Tail (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-mp3-tail-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['192 kbit/s stereo', 'cbr.mp3', ['-b:a', '192k']],
    ['VBR stereo', 'vbr.mp3', ['-q:a', '2']],
    ['32 kbit/s mono, whose frames draw furthest back on the reservoir', 'low.mp3', ['-ac', '1', '-b:a', '32k']],
    ['320 kbit/s stereo', 'high.mp3', ['-b:a', '320k']],
  ])('gives the bytes a decode from the start gives, wherever the stream is cut: %s', async (_, name, args) => {
    const frames = await encodedFrames(folder, name, ...args);
    const whole = decodeWhole(frames);
    const pcmBytesPerFrame = 1152 * 2 * channels(frames);
    for (const share of [0.1, 0.37, 0.5, 0.83]) {
      const split = splitFrames(frames, frames.length, share, 16)!;
      const tail = decodeMp3Tail({ mp3: frames.subarray(split.warmUpAt), warmUpBytes: split.splitAt - split.warmUpAt });
      expect(tail).not.toBeNull();
      expect(Buffer.from(tail!).equals(Buffer.from(whole.subarray(split.framesBefore * pcmBytesPerFrame)))).toBe(true);
    }
  });

  it('differs without the warm-up, so the test above can tell', async () => {
    const frames = await encodedFrames(folder, 'no-warm-up.mp3', '-b:a', '192k');
    const whole = decodeWhole(frames);
    const split = splitFrames(frames, frames.length, 0.5, 16)!;
    const cold = decodeMp3Tail({ mp3: frames.subarray(split.splitAt), warmUpBytes: 0 });
    expect(cold === null || !Buffer.from(cold).equals(Buffer.from(whole.subarray(split.framesBefore * 1152 * 2 * 2)))).toBe(true);
  });

  it('gives the same bytes on its own thread', async () => {
    const frames = await encodedFrames(folder, 'thread.mp3', '-b:a', '128k');
    const split = splitFrames(frames, frames.length, 0.4, 16)!;
    const task = { mp3: frames.subarray(split.warmUpAt), warmUpBytes: split.splitAt - split.warmUpAt };
    const offThread = decodeMp3TailOffThread(task);
    const pcm = await offThread.pcm;
    offThread.stop();
    expect(pcm).not.toBeNull();
    expect(Buffer.from(pcm!).equals(Buffer.from(decodeMp3Tail(task)!))).toBe(true);
  });

  // decodeMp3TailOffThread falls back to this thread when its thread cannot start, with the same bytes: only a thread
  // started here, from the file the analyze bundle loads, shows that `kiln analyze` really decodes in two parts.
  it('answers from the thread file the analyze bundle builds beside itself', async () => {
    // @ts-expect-error: a plain JavaScript module of bin/, without types.
    const { buildAnalyzeBundle } = (await import('../../../bin/analyze-bundle.js')) as { buildAnalyzeBundle(): Promise<void> };
    await buildAnalyzeBundle();
    const frames = await encodedFrames(folder, 'bundled.mp3', '-b:a', '128k');
    const split = splitFrames(frames, frames.length, 0.4, 16)!;
    const task = { mp3: frames.subarray(split.warmUpAt), warmUpBytes: split.splitAt - split.warmUpAt };
    const thread = new Worker(new URL('../../../dist/analyze/decode-mp3-tail-thread.mjs', import.meta.url));
    try {
      const answer = new Promise<Uint8Array | null>((resolve, reject) => (thread.once('message', resolve), thread.once('error', reject)));
      thread.postMessage(task);
      expect(Buffer.from((await answer)!).equals(Buffer.from(decodeMp3Tail(task)!))).toBe(true);
    } finally {
      await thread.terminate();
    }
  });
});

/** Mono (channel mode 11) or stereo, from the first frame's header. */
const channels = (frames: Uint8Array) => (frames[3] >> 6 === 3 ? 1 : 2);
