import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';

// A command awaiting a thread's answer, with nothing else open, must live until the answer comes:
// the pool holds a thread while it works (and only then), or Node would end the process with the
// answer still on its way.
test('a thread at work keeps the process alive until its answer arrives; idle threads do not', async () => {
  const poolUrl = new URL('./worker-thread-pool.ts', import.meta.url).href;
  const body = "import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => parentPort.postMessage({ id: task.id, doubled: task.value * 2 }));";
  const script = `
    import { WorkerThreadPool } from ${JSON.stringify(poolUrl)};
    const pool = new WorkerThreadPool({
      url: new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(body)})),
      size: 1, crashLabel: 'A test thread', readResult: (answer) => answer.doubled,
    });
    console.log('answer', await pool.run({ value: 21 }));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  // The process ends by itself once the answer is printed: the idle thread does not hold it.
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(output).toContain('answer 42');
  expect(exitCode).toBe(0);
}, 60_000);
