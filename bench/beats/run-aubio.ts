import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Beat times and tempo from aubio's command-line tools (Debian's aubio-tools), the reference tracker. */
export async function runAubio(wavPath: string): Promise<{ beats: number[]; bpm: number }> {
  const [beatOutput, tempoOutput] = [await run('aubio', ['beat', wavPath]), await run('aubio', ['tempo', wavPath])];
  const beats = beatOutput.stdout
    .split('\n')
    .map((line) => Number.parseFloat(line))
    .filter((time) => Number.isFinite(time));
  const match = /([\d.]+)\s*bpm/.exec(tempoOutput.stdout);
  return { beats, bpm: match ? Number(match[1]) : 0 };
}

export async function aubioAvailable(): Promise<boolean> {
  try {
    await run('aubio', ['--help']);
    return true;
  } catch {
    return false;
  }
}
