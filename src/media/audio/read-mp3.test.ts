import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MediaError } from '../../engine/errors/index.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { decodeToMonoPcm } from '../ffmpeg/decode-to-mono-pcm.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { decodeForAnalysis } from './analyze-audio-file.ts';
import { decodeMp3Tail, decodeMp3TailOffThread } from './decode-mp3-tail.ts';
import { createMinimp3Decoder } from './minimp3-decoder.ts';
import { id3v2TagBytes } from './mp3-layout.ts';
import { claimPiece, firstPieceFromBack } from './mp3-pieces.ts';
import { readMp3 } from './read-mp3.ts';

// The real thread decode, counted, so a test can tell that a song was decoded in two parts.
vi.mock('./decode-mp3-tail.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./decode-mp3-tail.ts')>();
  return { ...original, decodeMp3TailOffThread: vi.fn(original.decodeMp3TailOffThread) };
});

/**
 * Four seconds of stereo: a different tone in each ear and a sharp click every half second in both,
 * so a decode that starts a few samples early or late (a gapless trim done wrong) shows at once.
 */
const song = "aevalsrc='0.3*sin(2*PI*220*t)+0.6*exp(-300*mod(t,0.5))*sin(2*PI*2500*t)|0.3*sin(2*PI*330*t)+0.6*exp(-300*mod(t,0.5))*sin(2*PI*2500*t)':s=44100:d=4";

describe.skipIf(toolMissing('ffmpeg'))('readMp3 (needs ffmpeg)', () => {
  let folder: string;
  /** An MP3 of the test song, encoded by ffmpeg with `args`. */
  const encode = async (name: string, ...args: string[]) => {
    const path = join(folder, name);
    await runFfmpeg(['-v', 'error', '-y', '-f', 'lavfi', '-i', song, '-c:a', 'libmp3lame', ...args, path]);
    return path;
  };
  /** The analysis rate's samples from readMp3 and from ffmpeg, which they must match. */
  const bothDecodes = async (path: string) => {
    const inProcess = await readMp3(path, 22050, 60);
    const ffmpeg = await decodeToMonoPcm(path, { sampleRate: 22050 });
    return { inProcess, ffmpeg: ffmpeg.samples };
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-read-mp3-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['CBR with an Info frame and ID3v2 tag', 'cbr.mp3', ['-b:a', '192k']],
    ['VBR with a Xing frame', 'vbr.mp3', ['-q:a', '2']],
    ['no Xing/Info frame at all', 'plain.mp3', ['-b:a', '128k', '-write_xing', '0']],
    ['an ID3v1 tag at the end', 'id3v1.mp3', ['-b:a', '128k', '-write_id3v1', '1', '-metadata', 'title=Song']],
    ['mono', 'mono.mp3', ['-ac', '1', '-b:a', '96k']],
  ])('decodes %s in this process, sample for sample where ffmpeg puts them', async (_, name, args) => {
    const { inProcess, ffmpeg } = await bothDecodes(await encode(name, ...args));
    expect(inProcess).not.toBeNull();
    expect(inProcess!.samples.length).toBe(ffmpeg.length);
    // Both halve 44.1 kHz, with different filters: they differ by some -46 dB, as the WAV reader's
    // samples differ from ffmpeg's. A click half a millisecond off would differ by more than -10 dB.
    expect(differenceDecibels(inProcess!.samples, ffmpeg)).toBeLessThan(-40);
  });

  it('takes an upload still in memory as it takes the file, and stops after maxSeconds', async () => {
    const path = await encode('bytes.mp3', '-b:a', '128k');
    const fromFile = await readMp3(path, 22050, 60);
    const fromBytes = await readMp3(new Uint8Array(await readFile(path)), 22050, 60);
    expect(fromBytes!.samples).toEqual(fromFile!.samples);
    expect((await readMp3(path, 22050, 2))!.samples.length).toBe(2 * 22050);
    // Bytes for more than maxSeconds at any bitrate are not read into memory: ffmpeg reads the start.
    expect(await readMp3(path, 22050, 0.001)).not.toBeNull();
    const long = join(folder, 'long.mp3');
    await runFfmpeg(['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anoisesrc=d=20:r=44100', '-c:a', 'libmp3lame', '-b:a', '320k', long]);
    expect(await readMp3(long, 22050, 1)).toBeNull();
  });

  it('decodes a file cut off part way up to its last whole frame', async () => {
    const whole = await readFile(await encode('whole.mp3', '-b:a', '128k'));
    const cut = join(folder, 'cut.mp3');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2) + 333));
    const { inProcess, ffmpeg } = await bothDecodes(cut);
    // ffmpeg decodes what it can of the last frame, cut short: one frame (576 samples here) more.
    expect(ffmpeg.length - inProcess!.samples.length).toBe(576);
    expect(differenceDecibels(inProcess!.samples, ffmpeg.subarray(0, inProcess!.samples.length))).toBeLessThan(-40);
  });

  it('leaves damaged MP3s and other rates to ffmpeg, which decodes them as before', async () => {
    const damaged = Buffer.from(await readFile(await encode('to-damage.mp3', '-b:a', '128k')));
    randomBytes(3000).copy(damaged, 20000);
    const odd = [
      await encode('48k.mp3', '-ar', '48000'),
      await encode('mpeg2.mp3', '-ar', '22050'),
      await encode('mpeg25.mp3', '-ar', '11025'),
      join(folder, 'damaged.mp3'),
    ];
    await writeFile(odd[3], damaged);
    for (const path of odd) {
      expect(await readMp3(path, 22050, 60)).toBeNull();
      const audio = await decodeForAnalysis(path);
      expect(audio.sampleRate).toBe(22050);
      expect(audio.duration).toBeGreaterThan(3.5);
    }
  });

  it('refuses garbage named .mp3 with a media error (422), and takes a real start followed by garbage through ffmpeg', async () => {
    const garbage = join(folder, 'garbage.mp3');
    await writeFile(garbage, randomBytes(50_000));
    await expect(decodeForAnalysis(garbage)).rejects.toBeInstanceOf(MediaError);
    const start = await readFile(await encode('start.mp3', '-b:a', '128k'));
    const startThenGarbage = join(folder, 'start-then-garbage.mp3');
    await writeFile(startThenGarbage, Buffer.concat([start.subarray(0, 5000), randomBytes(50_000)]));
    expect(await readMp3(startThenGarbage, 22050, 60)).toBeNull();
    const audio = await decodeForAnalysis(startThenGarbage).catch((error: unknown) => error);
    if (audio instanceof Error) expect(audio).toBeInstanceOf(MediaError);
    else expect(audio).toMatchObject({ sampleRate: 22050 });
  });

  it('decodes a long song in two threads at once to the samples of a decode in one, wherever the threads meet', async () => {
    const long = join(folder, 'two-parts.mp3');
    const longSong = song.replace(':d=4', ':d=40').replace('mod(t,0.5)', 'mod(t,0.43)');
    await runFfmpeg(['-v', 'error', '-y', '-f', 'lavfi', '-i', longSong, '-c:a', 'libmp3lame', '-b:a', '160k', long]);
    vi.mocked(decodeMp3TailOffThread).mockClear();
    const inOne = await readMp3(long, 22050, 60, { inTwoParts: false });
    expect(decodeMp3TailOffThread).not.toHaveBeenCalled();
    const inTwo = await readMp3(long, 22050, 60);
    expect(decodeMp3TailOffThread).toHaveBeenCalledTimes(1);
    expect(inTwo!.samples.length).toBe(inOne!.samples.length);
    expect(inTwo!.samples).toEqual(inOne!.samples);
    // Where the threads meet depends on when the second starts: here it claims every piece but the
    // first, then all but the first two, before this thread begins (in this thread, for a fixed meeting).
    for (const front of [1, 2]) {
      vi.mocked(decodeMp3TailOffThread).mockImplementationOnce((task) => {
        while (firstPieceFromBack(task.pieces.claims) > front) claimPiece(task.pieces.claims, 'back');
        let piece = task.pieces.count;
        return { from: decodeMp3Tail(task, () => (piece > front ? --piece : null)), stop: () => {} };
      });
      expect((await readMp3(long, 22050, 60))!.samples).toEqual(inOne!.samples);
    }
    // Cut at maxSeconds, which ends within a later piece.
    const cut = await readMp3(long, 22050, 33);
    expect(cut!.samples.length).toBe(33 * 22050);
    expect(cut!.samples).toEqual((await readMp3(long, 22050, 33, { inTwoParts: false }))!.samples);
  });

  it('decodes without growing its memory: a grown memory detaches a buffer, which slows the analysis after it', async () => {
    const bytes = new Uint8Array(await readFile(await encode('memory.mp3', '-b:a', '320k')));
    const decoder = createMinimp3Decoder(bytes.length)!;
    decoder.mp3.set(bytes);
    const firstFrame = id3v2TagBytes(bytes);
    decoder.mp3.copyWithin(0, firstFrame);
    const { frames, channels } = decoder.start(bytes.length - firstFrame);
    let decodedBytes = 0;
    for (let chunk = decoder.next(); chunk.length > 0; chunk = decoder.next()) decodedBytes += chunk.length;
    expect(decodedBytes).toBe(frames * channels * 2);
    expect(frames).toBeGreaterThan(4 * 44100);
    expect(decoder.mp3.byteLength).toBe(bytes.length); // a detached view reads as 0 bytes
  });
});

/** The energy of `a − b` against that of `b`, in decibels. */
function differenceDecibels(a: Float32Array, b: Float32Array): number {
  let difference = 0;
  let signal = 0;
  for (let i = 0; i < b.length; i++) {
    difference += (a[i] - b[i]) ** 2;
    signal += b[i] ** 2;
  }
  return 10 * Math.log10(difference / signal);
}
