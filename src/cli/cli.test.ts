// The `kiln` command as a user runs it: a real process, a temporary data folder, exit codes checked.
import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));
const folders: Array<{ remove(): Promise<void> }> = [];

async function kiln(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const data = await temporaryDataDir();
  folders.push(data);
  return new Promise((resolve) => {
    execFile(process.execPath, [binary, ...args], { env: { ...process.env, KILN_DATA_DIR: data.dataDir }, cwd: data.dataDir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => folder.remove()));
});

describe('kiln command', () => {
  it('runs a diagnostic job to the end and prints the job as JSON', async () => {
    const result = await kiln(['run', 'diagnostic', '--input', '{"steps":2,"label":"cli"}', '--json']);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const job = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(job).toMatchObject({ state: 'succeeded', output: { label: 'cli', steps: 2 } });
    expect(job.steps.map((step: { name: string }) => step.name)).toEqual(['wait-1', 'wait-2', 'report']);
  }, 60_000);

  it('exits 2 with a sentence for bad usage and bad input, and writes no job', async () => {
    const unknownCommand = await kiln(['paint']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('unknown command "paint"');

    const badFlag = await kiln(['doctor', '--colour']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--colour/);

    const badInput = await kiln(['run', 'diagnostic', '--input', '{"steps":0}']);
    expect(badInput.code).toBe(2);
    expect(badInput.stderr).toMatch(/steps/);

    const notJson = await kiln(['run', 'diagnostic', '--input', '{steps']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/must be JSON/);
  }, 60_000);

  it('doctor reports the built-in backend as ready', async () => {
    const result = await kiln(['doctor', '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.backends).toContainEqual(expect.objectContaining({ name: 'builtin', state: 'ready', device: 'cpu' }));
    expect(report.database).toBe('pglite');
    expect(result.code).toBe(0);
  }, 60_000);
});
