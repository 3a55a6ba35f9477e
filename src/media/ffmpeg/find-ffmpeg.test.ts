import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from '../../engine/errors/index.ts';
import { findFfmpeg } from './find-ffmpeg.ts';

describe('findFfmpeg', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiln-find-ffmpeg-'));
    await writeFile(join(directory, 'ffmpeg'), '#!/bin/sh\n');
    await chmod(join(directory, 'ffmpeg'), 0o755);
    await writeFile(join(directory, 'not-executable'), '');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('finds an executable ffmpeg on PATH', async () => {
    expect(await findFfmpeg({ env: { PATH: `/nonexistent:${directory}` } })).toBe(join(directory, 'ffmpeg'));
  });

  it('prefers KILN_FFMPEG and refuses one that is not executable', async () => {
    const chosen = join(directory, 'ffmpeg');
    expect(await findFfmpeg({ env: { PATH: '', KILN_FFMPEG: chosen } })).toBe(chosen);
    await expect(findFfmpeg({ env: { KILN_FFMPEG: join(directory, 'not-executable') } })).rejects.toThrow(/not an executable/);
  });

  it('says how to install ffmpeg when there is none', async () => {
    const error = await findFfmpeg({ env: { PATH: '/nonexistent' } }).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toMatch(/apt install ffmpeg/);
  });
});
