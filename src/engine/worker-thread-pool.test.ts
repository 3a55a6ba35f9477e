import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Runs an ES-module script in a Node process of its own (through tsx); its stdout and stderr together, and its exit code. */
async function runScript(script: string): Promise<{ output: string; exitCode: number | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { output, exitCode };
}

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
  // The process ends by itself once the answer is printed: the idle thread does not hold it.
  const { output, exitCode } = await runScript(script);
  expect(output).toContain('answer 42');
  expect(exitCode).toBe(0);
}, 60_000);

// V8 leaves the garbage of a thread's heap resident after the thread ends unless the thread collects
// it itself first: loading kuromoji's dictionary left ~35 MB in `kiln vocab extract` until it exited.
test('closing the pool gives the garbage of an idle thread\'s heap back to the system', async () => {
  const poolUrl = new URL('./worker-thread-pool.ts', import.meta.url).href;
  const answerUrl = new URL('./answer-thread-tasks.ts', import.meta.url).href;
  // The task's objects are garbage once it answers, but no collection has run yet to free them.
  const body = `import { answerThreadTasks } from ${JSON.stringify(answerUrl)};`
    + " answerThreadTasks(async () => { const made = []; for (let i = 0; i < 2e6; i++) made.push({ i, s: 'x' + i }); return { held: made.length }; }, { unknownErrorCode: 'internal' });";
  const script = `
    import { WorkerThreadPool } from ${JSON.stringify(poolUrl)};
    const pool = new WorkerThreadPool({
      url: new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(body)})),
      size: 1, crashLabel: 'A test thread', readResult: (answer) => answer.held,
    });
    const rss = () => process.memoryUsage().rss;
    const start = rss();
    const held = await pool.run({});
    const working = rss();
    await pool.close();
    console.log(JSON.stringify({ held, start, working, closed: rss() }));
  `;
  const { output, exitCode } = await runScript(script);
  expect(exitCode, output).toBe(0);
  const memory = JSON.parse(output.trim().split('\n').at(-1)!) as { held: number; start: number; working: number; closed: number };
  expect(memory.held).toBe(2e6);
  // The thread made over 100 MB of objects; after the close at most a fifth of that is left.
  expect(memory.working - memory.start).toBeGreaterThan(100 * 2 ** 20);
  expect(memory.closed - memory.start).toBeLessThan((memory.working - memory.start) / 5);
}, 60_000);

test('a thread that does not answer the request to end is stopped when the pool closes', async () => {
  const poolUrl = new URL('./worker-thread-pool.ts', import.meta.url).href;
  const body = "import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => { if (task.id) parentPort.postMessage({ id: task.id, doubled: task.value * 2 }); });";
  const script = `
    import { WorkerThreadPool } from ${JSON.stringify(poolUrl)};
    const pool = new WorkerThreadPool({
      url: new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(body)})),
      size: 1, crashLabel: 'A test thread', readResult: (answer) => answer.doubled,
    });
    console.log('answer', await pool.run({ value: 21 }));
    await pool.close();
    console.log('closed');
  `;
  const { output, exitCode } = await runScript(script);
  expect(output).toContain('answer 42\nclosed');
  expect(exitCode).toBe(0);
}, 60_000);

// `kiln story` starts the narrator's and the classifier's threads while its database starts, so their
// WASM and model are loaded by the first scene; a started thread must not hold the process either.
test('a pool started ahead of work loads its thread before the first task, and that thread then takes it', async () => {
  const poolUrl = new URL('./worker-thread-pool.ts', import.meta.url).href;
  const marker = join(await mkdtemp(join(tmpdir(), 'kiln-pool-start-')), 'loaded');
  const body = `import { parentPort } from 'node:worker_threads'; import { writeFileSync } from 'node:fs';
    const thread = String(Math.random()); writeFileSync(${JSON.stringify(marker)}, thread);
    parentPort.on('message', (task) => parentPort.postMessage({ id: task.id, thread }));`;
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    import { WorkerThreadPool } from ${JSON.stringify(poolUrl)};
    const pool = new WorkerThreadPool({
      url: new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(body)})),
      size: 1, crashLabel: 'A test thread', readResult: (answer) => answer.thread,
    });
    pool.start();
    // Held synchronously, so no task could have been sent: only start() can have loaded the thread.
    const deadline = Date.now() + 30_000;
    // The file exists a moment before its text is in it: wait for the text.
    const written = () => existsSync(${JSON.stringify(marker)}) && readFileSync(${JSON.stringify(marker)}, 'utf8') !== '';
    while (!written() && Date.now() < deadline);
    const loaded = written() ? readFileSync(${JSON.stringify(marker)}, 'utf8') : 'never';
    console.log(JSON.stringify({ loaded, answeredBy: await pool.run({}) }));
  `;
  const { output, exitCode } = await runScript(script);
  expect(exitCode, output).toBe(0);
  const { loaded, answeredBy } = JSON.parse(output.trim().split('\n').at(-1)!) as { loaded: string; answeredBy: string };
  expect(loaded).not.toBe('never');
  expect(answeredBy).toBe(loaded);
}, 60_000);
