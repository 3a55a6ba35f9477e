import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onContinuousIntegration, toolMissing } from './tool-missing.ts';

let folder: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A folder holding executables of these names (they are only looked for, never run). */
async function folderWith(...programs: string[]): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), 'kiln-tools-'));
  for (const program of programs) {
    await writeFile(join(folder, program), '#!/bin/sh\n');
    await chmod(join(folder, program), 0o755);
  }
  return folder;
}

describe('toolMissing', () => {
  it('throws on CI when a tool is missing, naming the tool and how to install it', () => {
    expect(() => toolMissing('ffmpeg', { CI: 'true', PATH: '/nowhere' })).toThrow(/ffmpeg is not installed: install ffmpeg \(Debian\/Ubuntu: apt-get install ffmpeg.*On CI \(CI=true\)/);
  });

  it('skips locally and says which tool is missing and how to install it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(toolMissing('ffmpeg', { PATH: '/nowhere' })).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Skipping the tests that need ffmpeg: ffmpeg is not installed: .*apt-get install ffmpeg/));
  });

  it('finds a tool on PATH, on CI and off it', async () => {
    const bin = await folderWith('ffmpeg');
    expect(toolMissing('ffmpeg', { CI: 'true', PATH: `/nowhere:${bin}` })).toBe(false);
  });

  it('finds PostgreSQL where KILN_POSTGRES_BIN points or on PATH, and needs both initdb and pg_ctl', async () => {
    const bin = await folderWith('initdb', 'pg_ctl');
    expect(toolMissing('postgres', { CI: 'true', KILN_POSTGRES_BIN: bin, PATH: '/nowhere' })).toBe(false);
    expect(toolMissing('postgres', { CI: 'true', PATH: bin })).toBe(false);
    await rm(join(bin, 'pg_ctl'));
    const debianInstall = toolMissing('postgres', { PATH: '/nowhere' }) === false;
    // The Debian install, when this machine has one, is found whatever PATH says; else a lone initdb is not enough.
    if (!debianInstall) expect(() => toolMissing('postgres', { CI: 'true', KILN_POSTGRES_BIN: bin, PATH: bin })).toThrow(/postgres is not installed/);
  });

  it('reads CI the way CI services set it', () => {
    expect(onContinuousIntegration({ CI: 'true' })).toBe(true);
    expect(onContinuousIntegration({ CI: '1' })).toBe(true);
    expect(onContinuousIntegration({ CI: 'false' })).toBe(false);
    expect(onContinuousIntegration({})).toBe(false);
  });
});
