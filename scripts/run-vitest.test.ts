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
});
