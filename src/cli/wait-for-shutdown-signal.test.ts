import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const helper = fileURLToPath(new URL('./wait-for-shutdown-signal.ts', import.meta.url));

/**
 * A process that waits for a signal and then, like a server with a leaked handle, never finishes
 * closing (an interval stays open). Answers how it ended and what it wrote.
 */
function runStuckProcess(signals: NodeJS.Signals[], graceMs: number) {
  const script = `
    const { waitForShutdownSignal } = await import(${JSON.stringify(helper)});
    setInterval(() => {}, 1000);
    process.stderr.write('waiting-for-signal\\n');
    await waitForShutdownSignal({ graceMs: ${graceMs} });
    process.stderr.write('closing\\n');
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const started = Date.now();
  return new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      const before = stderr;
      stderr += chunk.toString();
      if (!before.includes('waiting-for-signal') && stderr.includes('waiting-for-signal')) signals.forEach((signal, index) => setTimeout(() => child.kill(signal), index * 300));
    });
    child.once('exit', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

describe('waitForShutdownSignal', () => {
  it('exits with 1 and names what was still open when closing overruns the grace period', async () => {
    const result = await runStuckProcess(['SIGTERM'], 500);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('closing');
    expect(result.stderr).toMatch(/did not stop within 0\.5 s \(still open: .*\); exiting now/);
  });

  it('exits at once on a second Ctrl+C, long before the grace period ends', async () => {
    const result = await runStuckProcess(['SIGINT', 'SIGINT'], 60_000);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('SIGINT again') });
    expect(result.ms).toBeLessThan(30_000);
  });
});
