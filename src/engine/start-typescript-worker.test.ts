import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// CI's Node strips types itself; `--no-experimental-strip-types` makes it behave as Node 20 does, where
// a thread's .ts module loads only through the helper's tsx bootstrap.
const helper = new URL('./start-typescript-worker.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-ts-worker-'));
  await writeFile(join(folder, 'package.json'), '{"type":"module"}');
  await writeFile(join(folder, 'body.ts'), [
    "import { parentPort, workerData } from 'node:worker_threads';",
    'const doubled: number = (workerData as { value: number }).value * 2;',
    'parentPort!.postMessage(doubled);',
  ].join('\n'));
  await writeFile(join(folder, 'fork-body.ts'), 'const answer: string = "from a fork";\nprocess.send!(answer);\n');
  await writeFile(join(folder, 'main.ts'), [
    "import { fork } from 'node:child_process';",
    `import { startTypeScriptWorker, typeScriptExecArgv } from ${JSON.stringify(helper)};`,
    "const thread = startTypeScriptWorker(new URL('./body.ts', import.meta.url), { workerData: { value: 21 } });",
    "const fromThread = await new Promise((resolve, reject) => { thread.once('message', resolve); thread.once('error', reject); });",
    'await thread.terminate();',
    "const child = fork(new URL('./fork-body.ts', import.meta.url), [], { execArgv: typeScriptExecArgv() });",
    "const fromFork = await new Promise((resolve, reject) => { child.once('message', resolve); child.once('error', reject); });",
    'child.disconnect();',
    'console.log(JSON.stringify({ typescript: process.features.typescript, fromThread, fromFork }));',
  ].join('\n'));
  // As bin/kiln.js starts the CLI: tsx registered from code, so no flag of the process passes it on.
  await writeFile(join(folder, 'start.mjs'), `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import('./main.ts');\n`);
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('startTypeScriptWorker on a Node that cannot strip types', () => {
  it('loads a .ts thread and a .ts fork through tsx', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      const args = ['--no-experimental-strip-types', join(folder, 'start.mjs')];
      execFile(process.execPath, args, { cwd: folder }, (error, out, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(out)));
    });
    expect(JSON.parse(stdout.trim())).toEqual({ typescript: false, fromThread: 42, fromFork: 'from a fork' });
  });
});
