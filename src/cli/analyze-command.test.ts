// `kiln analyze` as a user runs it: a real process on a generated song, no database.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioAnalysisSchema } from '../media/audio/audio-analysis-schema.ts';
import { runFfmpeg } from '../media/ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { testSongWav } from '../pipelines/music-video/testing/music-video-fixtures.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));

function kiln(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binary, ...args], { cwd, env: { ...process.env, KILN_DATA_DIR: join(cwd, 'data') }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(toolMissing('ffmpeg'))('kiln analyze (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-analyze-cli-'));
    await writeFile(join(folder, 'song.wav'), testSongWav(16).wav);
    // A plain WAV is read directly; this one goes through ffmpeg, as an MP3 or FLAC would.
    await runFfmpeg(['-v', 'error', '-i', join(folder, 'song.wav'), '-c:a', 'flac', join(folder, 'song.flac')]);
    await writeFile(join(folder, 'notes.txt'), 'a shopping list, not a song');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('prints the analysis as JSON', async () => {
    const result = await kiln(['analyze', 'song.wav', '--moments', '4', '--json'], folder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = audioAnalysisSchema.parse(JSON.parse(result.stdout));
    expect(analysis.duration).toBeCloseTo(16, 1);
    expect(analysis.tempo.bpm).toBeCloseTo(120, 0);
    expect(analysis.key_moments).toHaveLength(4);
  }, 60_000);

  it('decodes other formats through ffmpeg', async () => {
    const result = await kiln(['analyze', 'song.flac', '--json'], folder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).tempo.bpm).toBeCloseTo(120, 0);
  }, 60_000);

  it('prints a summary for people without --json', async () => {
    const result = await kiln(['analyze', 'song.wav'], folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/tempo\s+120\.\d BPM/);
    expect(result.stdout).toMatch(/Key moments\n\s+0:0\d\.\d\s+opening/);
  }, 60_000);

  it('finds the beat at the level --bpm names, and refuses a tempo it cannot be', async () => {
    const halves = await kiln(['analyze', 'song.wav', '--bpm', '58', '--json'], folder);
    expect(halves.code).toBe(0);
    expect(JSON.parse(halves.stdout).tempo.bpm).toBeCloseTo(60, 0);
    const word = await kiln(['analyze', 'song.wav', '--bpm', 'fast'], folder);
    expect(word.code).toBe(2);
    expect(word.stderr).toBe('kiln analyze: --bpm must be the song\'s tempo, from 40 to 240 BPM; got "fast".\n');
  }, 60_000);

  it('exits 2 with a sentence for a missing file and for a file that is not audio', async () => {
    const missing = await kiln(['analyze', 'nowhere.mp3', '--json'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('kiln analyze: The song nowhere.mp3 does not exist.\n');
    const text = await kiln(['analyze', 'notes.txt'], folder);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/The song notes\.txt is plain text, not audio/);
  }, 60_000);
});
