import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { decodeMp3Tail, decodeMp3TailOffThread, type Mp3TailTask } from './decode-mp3-tail.ts';
import { createMinimp3Decoder } from './minimp3-decoder.ts';
import { frameStarts, id3v2TagBytes, wholeFramesEnd } from './mp3-layout.ts';
import { claimPiece, cutIntoPieces, firstPieceFromBack, pieceOutputs } from './mp3-pieces.ts';
import { createPcm16Halving, halvePcm16 } from './wasm-halve-sample-rate.ts';

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

/** Samples a gapless trim (LAME's encoder delay plus the decoder's) drops from the start, as readMp3 does. */
const skipSamples = 1105;

/** The task for pieces of `pieceFrames` frames, none claimed yet, halved as readMp3 halves the whole decode (trimmed). */
function tailTask(frames: Uint8Array, pieceFrames: number): Mp3TailTask & { samples: Float32Array } {
  const starts = frameStarts(frames, frames.length);
  const channels = channelsOf(frames);
  const pieces = cutIntoPieces(starts, pieceFrames, skipSamples, (starts.length - 1) * 1152 - skipSamples)!;
  const halving = createPcm16Halving(pieces.frames, channels, (channels === 1 ? 1 : Math.SQRT1_2) / 32768)!;
  return { mp3: frames, pieces, halving: halving.shared, samples: halving.samples };
}

/** The whole decode halved as readMp3 halves it in one part: every output of the song. */
async function halveWhole(pcm: Uint8Array, { halving: { frames, channels, scale } }: Mp3TailTask): Promise<Float32Array> {
  const trimmed = pcm.subarray(skipSamples * 2 * channels);
  return (await halvePcm16(frames, channels, scale, async (target, position) => {
    const bytes = trimmed.subarray(position, position + target.length);
    return target.set(bytes), bytes.length;
  }))!;
}

/** Claims the first `count` pieces from the front, as the first thread does before the second starts. */
function claimFront(task: Mp3TailTask, count: number): void {
  for (let piece = 0; piece < count; piece++) expect(claimPiece(task.pieces.claims, 'front')).toBe(piece);
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
  ])('halves into the shared samples what a halving of a decode from the start gives, wherever the threads meet: %s', async (_, name, args) => {
    const frames = await encodedFrames(folder, name, ...args);
    const whole = decodeWhole(frames);
    // Some 230 frames in pieces of 37: six pieces, the last shorter.
    for (const front of [1, 3, 5]) {
      const task = tailTask(frames, 37);
      claimFront(task, front);
      const from = await decodeMp3Tail(task);
      expect(firstPieceFromBack(task.pieces.claims)).toBe(front);
      expect(from).toBe(pieceOutputs(task.pieces, front).from);
      const expected = await halveWhole(whole, task);
      expect(task.samples.subarray(from!)).toEqual(expected.subarray(from!));
      // Nothing before its pieces: those are the first thread's.
      expect(task.samples.subarray(0, from! - 1).every((sample) => sample === 0)).toBe(true);
    }
  });

  it('needs the warm-up: a piece decoded without it differs, so the test above can tell', async () => {
    const frames = await encodedFrames(folder, 'no-warm-up.mp3', '-b:a', '192k');
    const task = tailTask(frames, 100);
    const { frameStarts: starts, pieceFrames } = task.pieces;
    const { channels } = task.halving;
    const cold = createMinimp3Decoder(starts[2 * pieceFrames + 1] - starts[pieceFrames])!;
    cold.mp3.set(frames.subarray(starts[pieceFrames], starts[2 * pieceFrames + 1]));
    cold.start(cold.mp3.length);
    const pcm = new Uint8Array(pieceFrames * 1152 * 2 * channels);
    for (let filled = 0; filled < pcm.length; ) {
      const chunk = cold.next();
      pcm.set(chunk.subarray(0, pcm.length - filled), filled);
      filled += chunk.length;
    }
    const whole = decodeWhole(frames).subarray(pieceFrames * 1152 * 2 * channels);
    expect(Buffer.from(pcm).equals(Buffer.from(whole.subarray(0, pcm.length)))).toBe(false);
  });

  it('halves the same samples on its own thread, into this one\'s memory', async () => {
    const frames = await encodedFrames(folder, 'thread.mp3', '-b:a', '128k');
    const [onThread, here] = [tailTask(frames, 50), tailTask(frames, 50)];
    claimFront(onThread, 2);
    claimFront(here, 2);
    const offThread = decodeMp3TailOffThread(onThread);
    const from = await offThread.from;
    offThread.stop();
    expect(from).toBe(await decodeMp3Tail(here));
    expect(onThread.samples.subarray(from!).some((sample) => sample !== 0)).toBe(true);
    expect(onThread.samples).toEqual(here.samples);
  });

  // decodeMp3TailOffThread falls back to this thread when its thread cannot start, with the same samples: only a thread
  // started here, from the file the analyze bundle loads, shows that `kiln analyze` really decodes in two threads.
  it('answers from the thread file the analyze bundle builds beside itself', async () => {
    // @ts-expect-error: a plain JavaScript module of bin/, without types.
    const { buildAnalyzeBundle } = (await import('../../../bin/analyze-bundle.js')) as { buildAnalyzeBundle(): Promise<void> };
    await buildAnalyzeBundle();
    const frames = await encodedFrames(folder, 'bundled.mp3', '-b:a', '128k');
    const [onThread, here] = [tailTask(frames, 50), tailTask(frames, 50)];
    claimFront(onThread, 1);
    claimFront(here, 1);
    const thread = new Worker(new URL('../../../dist/analyze/decode-mp3-tail-thread.mjs', import.meta.url));
    try {
      const answer = new Promise<number | null>((resolve, reject) => (thread.once('message', resolve), thread.once('error', reject)));
      const { samples: _, ...task } = onThread;
      thread.postMessage(task);
      expect(await answer).toBe(await decodeMp3Tail(here));
      expect(onThread.samples.subarray(pieceOutputs(onThread.pieces, 1).from).some((sample) => sample !== 0)).toBe(true);
      expect(onThread.samples).toEqual(here.samples);
    } finally {
      await thread.terminate();
    }
  });
});

/** Mono (channel mode 11) or stereo, from the first frame's header. */
const channelsOf = (frames: Uint8Array): 1 | 2 => (frames[3] >> 6 === 3 ? 1 : 2);
