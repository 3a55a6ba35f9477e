import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const heapModule = new URL('./one-shot-heap.ts', import.meta.url).href;

/** Runs `script` (an ES module) in a Node of its own, so V8's flags stay out of the test process; returns what it printed as JSON. */
async function inOwnProcess(script: string): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

// A thread that allocates fast grows its young generation to V8's ceiling: 64 MB by default.
const youngGenerationOfBusyThread = `
  const body = "const v8 = require('node:v8'); const kept = []; for (let i = 0; i < 2e6; i++) { const o = { i, s: 'x' + i }; if (i % 10 === 0) kept.push(o); }"
    + " require('node:worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);";
  const youngGeneration = () => new Promise((resolve) => new Worker(body, { eval: true, execArgv: [] }).once('message', resolve));
`;

test('threads started after keepNewThreadsYoungGenerationSmall keep a young generation of a few MB, threads before it the default', async () => {
  const sizes = await inOwnProcess(`
    import { Worker } from 'node:worker_threads';
    import { keepNewThreadsYoungGenerationSmall } from ${JSON.stringify(heapModule)};
    ${youngGenerationOfBusyThread}
    const before = await youngGeneration();
    keepNewThreadsYoungGenerationSmall();
    const after = await youngGeneration();
    console.log(JSON.stringify({ before, after }));
  `);
  expect(sizes.before).toBeGreaterThan(16 * 2 ** 20);
  expect(sizes.after).toBeLessThanOrEqual(4 * 2 ** 20);
}, 60_000);

test('compactHeap gives a heap of garbage back: the heap shrinks to about what is still in use', async () => {
  const heap = await inOwnProcess(`
    import { compactHeap } from ${JSON.stringify(heapModule)};
    let garbage = [];
    for (let i = 0; i < 2e6; i++) garbage.push({ i, s: 'x' + i });
    garbage = undefined;
    const before = process.memoryUsage().heapTotal;
    compactHeap();
    const after = process.memoryUsage();
    console.log(JSON.stringify({ before, after: after.heapTotal, used: after.heapUsed }));
  `);
  expect(heap.before).toBeGreaterThan(100 * 2 ** 20);
  expect(heap.after).toBeLessThan(heap.before / 2);
  expect(heap.after).toBeLessThan(heap.used * 1.5);
}, 60_000);
