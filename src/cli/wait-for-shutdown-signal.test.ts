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
    // The marker goes out after the listeners are in place: written before them, a loaded machine
    // could preempt the child right after the write and deliver the signal while none was listening.
    const stopping = waitForShutdownSignal({ graceMs: ${graceMs} });
    process.stderr.write('waiting-for-signal\\n');
    await stopping;
    process.stderr.write('closing\\n');
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let sawMarker = false;
  const started = Date.now();
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number; sawMarker: boolean }>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sawMarker && stderr.includes('waiting-for-signal')) {
        sawMarker = true;
        signals.forEach((signal, index) => setTimeout(() => child.kill(signal), index * 300));
      }
    });
    child.once('exit', (code, signal) => resolve({ code, signal, stderr, ms: Date.now() - started, sawMarker }));
  });
}

describe('waitForShutdownSignal', () => {
  it('exits with 1 and names what was still open when closing overruns the grace period', async () => {
    const result = await runStuckProcess(['SIGTERM'], 500);
    expect({ code: result.code, signal: result.signal }, result.stderr).toEqual({ code: 1, signal: null });
    expect(result.stderr).toContain('closing');
    expect(result.stderr).toMatch(/did not stop within 0\.5 s \(still open: .*\); exiting now/);
  });

  it('exits at once on a second Ctrl+C, long before the grace period ends', async () => {
    const result = await runStuckProcess(['SIGINT', 'SIGINT'], 60_000);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('SIGINT again') });
    expect(result.ms).toBeLessThan(30_000);
  });
});
