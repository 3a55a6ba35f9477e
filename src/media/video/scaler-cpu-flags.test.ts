import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmFfmpegPath } from '../ffmpeg/find-ffmpeg.ts';
import { scalerCpuFlags } from './scaler-cpu-flags.ts';

describe('scalerCpuFlags', () => {
  let folder: string;
  let acceptingFfmpeg: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-cpu-flags-test-'));
    // A stand-in ffmpeg that takes every option, as 5.0 and later take +slowgather.
    acceptingFfmpeg = join(folder, 'ffmpeg');
    await writeFile(acceptingFfmpeg, '#!/bin/sh\nexit 0\n');
    await chmod(acceptingFfmpeg, 0o755);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('marks gathers slow on an AMD processor when ffmpeg takes the flag', async () => {
    expect(await scalerCpuFlags(acceptingFfmpeg, { cpuModel: 'AMD EPYC 7B13' })).toEqual(['-cpuflags', '+slowgather']);
  });

  it('leaves the flags alone on other processors', async () => {
    expect(await scalerCpuFlags(acceptingFfmpeg, { cpuModel: 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz' })).toEqual([]);
  });

  it.skipIf(npmFfmpegPath() === undefined)('passes nothing to an ffmpeg that does not know the flag (npm\'s 2018 build)', async () => {
    expect(await scalerCpuFlags(npmFfmpegPath()!, { cpuModel: 'AMD Ryzen 7 3700X' })).toEqual([]);
  }, 30_000);
});
