import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a thread whose module is TypeScript. Node 22.18+ and 23.6+ strip the types themselves; Node 20
 * (and 22 before 22.18) cannot, and a thread does not inherit the tsx loader that bin/kiln.js registered
 * on the main thread. There the thread registers tsx itself before importing its module, as the CLI does.
 */
export function startTypeScriptWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (process.features.typescript) return new Worker(url, options);
  const tsxApi = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const boot = `import(${tsxApi}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * The flags a forked Node process needs to load a TypeScript module: none where Node strips types
 * itself; elsewhere tsx's loader, by its absolute address so the fork finds it from any directory.
 */
export function typeScriptExecArgv(): string[] {
  return process.features.typescript ? [] : ['--import', import.meta.resolve('tsx/esm')];
}
