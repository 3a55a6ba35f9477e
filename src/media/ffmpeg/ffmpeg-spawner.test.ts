import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, MediaError, TimeoutError } from '../../engine/errors/index.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { sharedFfmpegSpawner, stopSharedFfmpegSpawner } from './ffmpeg-spawner.ts';
import { findFfmpeg } from './find-ffmpeg.ts';
import { runFfmpeg } from './run-ffmpeg.ts';

// An endless silent source: ffmpeg runs until it is stopped.
const endless = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-f', 'null', '-'];
const patience = { timeout: 20_000, interval: 20 };

/** Whether `pid` is a live process; a zombie (dead, not yet reaped by its new parent) counts as gone. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Runs `args` as runFfmpeg does with `KILN_FFMPEG_SPAWNER` set to `switchValue`; answers the result or the error. */
async function runWithSwitch(switchValue: '0' | '1', args: string[], options: Parameters<typeof runFfmpeg>[1] = {}) {
  const ffmpegPath = await findFfmpeg();
  const before = process.env.KILN_FFMPEG_SPAWNER;
  process.env.KILN_FFMPEG_SPAWNER = switchValue;
  // Read as the run starts: given the binary's path, runFfmpeg starts it without awaiting anything first.
  const running = runFfmpeg(args, { ffmpegPath, ...options });
  if (before === undefined) delete process.env.KILN_FFMPEG_SPAWNER;
  else process.env.KILN_FFMPEG_SPAWNER = before;
  return running.catch((error: unknown) => error);
}

/** Starts `endless` through the shared spawner and answers the run and its ffmpeg's pid once it runs. */
async function startEndless(options: Parameters<typeof runFfmpeg>[1] = {}) {
  const spawner = sharedFfmpegSpawner();
  const known = new Set(spawner.ffmpegPids());
  const run = runFfmpeg(endless, options).catch((error: unknown) => error);
  const pid = await vi.waitFor(() => {
    const started = spawner.ffmpegPids().find((candidate) => !known.has(candidate));
    expect(started).toBeDefined();
    return started!;
  }, patience);
  return { run, pid };
}

describe.skipIf(toolMissing('ffmpeg'))('the ffmpeg spawner (needs ffmpeg on PATH)', () => {
  afterEach(() => {
    delete process.env.KILN_FFMPEG_SPAWNER;
  });

  it('gives the same stdout, exit code and errors as ffmpeg started directly', async () => {
    // Two seconds of a 48 kHz tone: 192 kB, many pipe reads relayed over IPC.
    const tone = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=f=440:d=2:r=48000', '-f', 's16le', 'pipe:1'];
    const [direct, spawned] = await Promise.all([runWithSwitch('0', tone), runWithSwitch('1', tone)]);
    expect(spawned).toMatchObject({ exitCode: 0, stopReason: 'exited' });
    expect((spawned as { stdout: Buffer }).stdout.length).toBe(96_000 * 2);
    expect((spawned as { stdout: Buffer }).stdout.equals((direct as { stdout: Buffer }).stdout)).toBe(true);

    const failing = ['-hide_banner', '-nostdin', '-i', '/nonexistent/kiln.wav', '-f', 'null', '-'];
    const [directError, spawnedError] = await Promise.all([runWithSwitch('0', failing), runWithSwitch('1', failing)]);
    expect(spawnedError).toBeInstanceOf(MediaError);
    expect({ message: (spawnedError as MediaError).message, details: (spawnedError as MediaError).details }).toEqual({
      message: (directError as MediaError).message,
      details: (directError as MediaError).details,
    });
  });

  it('kills the ffmpeg process when the run is cancelled', async () => {
    const controller = new AbortController();
    const { run, pid } = await startEndless({ signal: controller.signal });
    expect(isAlive(pid)).toBe(true);
    controller.abort();
    expect(await run).toBeInstanceOf(CancelledError);
    expect(isAlive(pid)).toBe(false);
  });

  it('kills the ffmpeg process when the run times out', async () => {
    const { run, pid } = await startEndless({ timeoutMs: 500 });
    const error = await run;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).details?.stopReason).toBe('timed-out');
    expect(isAlive(pid)).toBe(false);
  });

  it('reports a missing binary as spawn-failed, as a direct start does', async () => {
    const run = (switchValue: string): Promise<MediaError> => {
      process.env.KILN_FFMPEG_SPAWNER = switchValue;
      return runFfmpeg(['-version'], { ffmpegPath: '/nonexistent/ffmpeg' }).then(
        () => expect.fail('a missing binary started'),
        (error: unknown) => error as MediaError,
      );
    };
    const direct = await run('0');
    const spawned = await run('1');
    expect(spawned).toBeInstanceOf(MediaError);
    expect(spawned.details).toEqual({ stopReason: 'spawn-failed', ffmpegPath: '/nonexistent/ffmpeg' });
    expect(spawned.message).toBe(direct.message);
  });

  it('fails the runs of a spawner that is killed, stops their ffmpeg, and starts a new spawner for the next run', async () => {
    const { run, pid } = await startEndless();
    const spawnerPid = sharedFfmpegSpawner().pid!;
    process.kill(spawnerPid, 'SIGKILL');
    const error = await run;
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).message).toMatch(/ffmpeg spawner process was killed by SIGKILL/);
    expect((error as MediaError).details?.stopReason).toBe('spawner-died');
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false), patience);

    const next = await runFfmpeg(['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=d=0.1:r=8000', '-f', 's16le', 'pipe:1']);
    expect(next.stdout.length).toBe(800 * 2);
    expect(sharedFfmpegSpawner().pid).not.toBe(spawnerPid);
  });
});

const runFfmpegFile = fileURLToPath(new URL('./run-ffmpeg.ts', import.meta.url));
const spawnerFile = fileURLToPath(new URL('./ffmpeg-spawner.ts', import.meta.url));

/**
 * Runs a Node process that uses the spawner: it prints its spawner's pid and its ffmpeg's pid as one
 * JSON line, then does `then` (a statement). Answers the child and the line.
 */
async function startUser(then: string, args: string[]) {
  const script = `
    const { runFfmpeg } = await import(${JSON.stringify(runFfmpegFile)});
    const { sharedFfmpegSpawner } = await import(${JSON.stringify(spawnerFile)});
    const spawner = sharedFfmpegSpawner();
    const run = runFfmpeg(${JSON.stringify(args)}, { timeoutMs: 60000 }).catch(() => {});
    const pids = () => spawner.ffmpegPids();
    while (pids().length === 0) await new Promise((resolve) => setImmediate(resolve));
    process.stdout.write(JSON.stringify({ spawner: spawner.pid, ffmpeg: pids()[0] }) + '\\n');
    ${then}
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pids = await new Promise<{ spawner: number; ffmpeg: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0]));
    });
    void exited.then(({ code }) => reject(new Error(`the user process exited with ${code} before it ran ffmpeg: ${stderr}`)));
  });
  return { child, pids, exited };
}

describe.skipIf(toolMissing('ffmpeg'))('a process using the ffmpeg spawner (needs ffmpeg on PATH)', () => {
  it('leaves no spawner and no ffmpeg behind when it is killed mid-run', async () => {
    const { child, pids, exited } = await startUser('await run;', endless);
    expect(isAlive(pids.spawner) && isAlive(pids.ffmpeg)).toBe(true);
    child.kill('SIGKILL');
    await exited;
    await vi.waitFor(() => expect([isAlive(pids.spawner), isAlive(pids.ffmpeg)]).toEqual([false, false]), patience);
  });

  it('exits on its own once its runs are done: an idle spawner does not hold it, and goes with it', async () => {
    const short = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=d=1:r=8000', '-f', 'null', '-'];
    const { pids, exited } = await startUser('await run;', short);
    expect(await exited).toEqual({ code: 0, signal: null });
    await vi.waitFor(() => expect([isAlive(pids.spawner), isAlive(pids.ffmpeg)]).toEqual([false, false]), patience);
  });
});

describe.skipIf(toolMissing('ffmpeg'))('a bundled copy of runFfmpeg (needs ffmpeg on PATH)', () => {
  it('starts ffmpeg itself, as the spawner\'s body is not beside the bundle to be forked', async () => {
    const { build } = await import('esbuild');
    const bundle = join(mkdtempSync(join(tmpdir(), 'kiln-ffmpeg-bundle-')), 'run-ffmpeg.mjs');
    // As kiln analyze is bundled (bin/analyze-bundle.js).
    await build({ entryPoints: [runFfmpegFile], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'silent' });
    const script = `
      const { runFfmpeg } = await import(${JSON.stringify(bundle)});
      const result = await runFfmpeg(['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=d=0.1:r=8000', '-f', 's16le', 'pipe:1']);
      process.stdout.write(String(result.stdout.length));
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect({ code, stdout }, stderr).toEqual({ code: 0, stdout: String(800 * 2) });
  });
});

describe.skipIf(toolMissing('ffmpeg'))('a command that is done with the ffmpeg spawner (needs ffmpeg on PATH)', () => {
  it('stops when the command is done, and starts again for a later run', async () => {
    const tone = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'sine=f=440:d=0.1', '-f', 'null', '-'];
    expect(await runWithSwitch('1', tone)).toMatchObject({ exitCode: 0 });
    const first = sharedFfmpegSpawner().pid!;
    expect(isAlive(first)).toBe(true);
    await stopSharedFfmpegSpawner();
    // Gone and reaped by this process, not left for another to adopt.
    expect(isAlive(first)).toBe(false);
    expect(sharedFfmpegSpawner().pid).toBeUndefined();
    expect(await runWithSwitch('1', tone)).toMatchObject({ exitCode: 0 });
    expect(sharedFfmpegSpawner().pid).not.toBe(first);
  });
});
