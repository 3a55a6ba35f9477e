import { describe, expect, it } from 'vitest';
import { CancelledError, MediaError, TimeoutError } from '../../engine/errors/index.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';

// An endless silent source: ffmpeg runs until it is stopped.
const endless = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-f', 'null', '-'];

describe.skipIf(toolMissing('ffmpeg'))('runFfmpeg (needs ffmpeg on PATH)', () => {
  it('returns stdout and the stderr header of a run that succeeds', async () => {
    const result = await runFfmpeg(['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=d=0.1:r=8000', '-f', 's16le', 'pipe:1']);
    expect(result.stopReason).toBe('exited');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.length).toBe(800 * 2);
    expect(result.stderr).toMatch(/Input #0, lavfi/);
  });

  it('throws MediaError with the last lines of stderr when ffmpeg fails', async () => {
    const error = await runFfmpeg(['-hide_banner', '-nostdin', '-i', '/nonexistent/kiln.wav', '-f', 'null', '-']).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toMatch(/exited with code 1/);
    expect(error.message).toMatch(/No such file or directory/);
    expect(error.details.stopReason).toBe('failed');
  });

  it('names paths as <input> and <output> in errors, keeping ffmpeg\'s own words', async () => {
    const secretFolder = '/srv/kiln-data/assets/ab/cd';
    const error = await runFfmpeg(['-hide_banner', '-nostdin', '-i', `${secretFolder}/abcdef`, '-f', 'wav', `${secretFolder}/out.wav`]).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    const shown = JSON.stringify({ message: error.message, details: error.details });
    expect(shown).not.toContain('/srv/kiln-data');
    expect(error.details.stderr).toMatch(/<input>: No such file or directory/);
    expect(error.details.args).toContain('<output>');
  });

  it('kills ffmpeg on timeout and says so', async () => {
    const error = await runFfmpeg(endless, { timeoutMs: 300 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.details.stopReason).toBe('timed-out');
  });

  it('kills ffmpeg when the signal aborts and rejects with CancelledError', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await runFfmpeg(endless, { signal: controller.signal }).catch((caught) => caught);
    expect(error).toBeInstanceOf(CancelledError);
    expect(error.details.stopReason).toBe('cancelled');
  });

  it('does not start when the signal is already aborted', async () => {
    await expect(runFfmpeg(endless, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('runFfmpeg without a usable binary', () => {
  it('reports a binary that cannot be started', async () => {
    const error = await runFfmpeg(['-version'], { ffmpegPath: '/nonexistent/ffmpeg' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect(error.details.stopReason).toBe('spawn-failed');
  });
});
