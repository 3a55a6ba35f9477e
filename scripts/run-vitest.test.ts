import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { crashLineCollector } from './run-vitest.js';

const wrapper = fileURLToPath(new URL('./run-vitest.js', import.meta.url));

describe('crashLineCollector', () => {
  it('keeps a fatal line and the few after it, whatever their colours, and nothing else', () => {
    const collector = crashLineCollector();
    const lines = ['✓ a passing file', '\u001b[31m(node:1) GLib-ERROR **: Creating pipes for GWakeup: Too many open files\u001b[39m', ...Array.from({ length: 10 }, (_, index) => `after ${index}`)];
    for (const line of lines) collector.feed(line);
    expect(collector.kept).toEqual(['(node:1) GLib-ERROR **: Creating pipes for GWakeup: Too many open files', 'after 0', 'after 1', 'after 2', 'after 3', 'after 4', 'after 5']);
  });
});

describe('run-vitest.js on a test file whose process dies', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('passes the output on, fails, and repeats what the dying process wrote at the end', { timeout: 120_000 }, async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-run-vitest-'));
    // Globals, so the file needs no import that a folder outside the project could not resolve.
    await writeFile(join(folder, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mjs'], globals: true, pool: 'forks' } };\n");
    await writeFile(
      join(folder, 'dies.test.mjs'),
      "it('dies', async () => { process._rawDebug('FATAL ERROR: a made-up reason'); process.kill(process.pid, 'SIGTRAP'); await new Promise(() => {}); });\n",
    );
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [wrapper, '--root', folder!, '--config', join(folder!, 'vitest.config.mjs')], { cwd: folder }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr });
      });
    });
    expect(code).not.toBe(0);
    const tail = output.slice(output.lastIndexOf('What crashing processes wrote during the run'));
    expect(tail).toContain('FATAL ERROR: a made-up reason');
    expect(tail).toContain('exited unexpectedly with signal SIGTRAP');
    expect(tail).toMatch(/open files limit (\d+|unlimited)/);
  });

  it('runs a file once more when V8 failed its known check on code pages, and passes only if that run passes', { timeout: 180_000 }, async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-run-vitest-'));
    await writeFile(join(folder, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mjs'], globals: true, pool: 'forks' } };\n");
    // Dies with V8's message the first time (a marker file says it did), passes the second.
    const marker = join(folder, 'died-once');
    await writeFile(
      join(folder, 'flaky.test.mjs'),
      `import { existsSync, writeFileSync } from 'node:fs';\nit('runs', async () => { if (existsSync(${JSON.stringify(marker)})) return; writeFileSync(${JSON.stringify(marker)}, ''); process._rawDebug('# Check failed: jit_page_->allocations_.erase(addr) == 1.'); process.kill(process.pid, 'SIGTRAP'); await new Promise(() => {}); });\n`,
    );
    await writeFile(join(folder, 'fine.test.mjs'), "it('passes', () => {});\n");
    const first = await runWrapper(folder);
    expect(first.output).toContain('running that file once more');
    expect(first.output).toContain('passed when run again');
    expect(first.code).toBe(0);
    // A file that fails as well is no runtime fault: the run fails, and nothing runs again.
    await rm(marker);
    await writeFile(join(folder, 'fails.test.mjs'), "it('fails', () => { throw new Error('a real failure'); });\n");
    const second = await runWrapper(folder);
    expect(second.code).not.toBe(0);
    expect(second.output).not.toContain('once more');
  });
});

function runWrapper(folder: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [wrapper, '--root', folder, '--config', join(folder, 'vitest.config.mjs')], { cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr });
    });
  });
}
