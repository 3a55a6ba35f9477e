import { readFile } from 'node:fs/promises';

export interface CompiledPgliteModules {
  pgliteWasmModule?: WebAssembly.Module;
  initdbWasmModule?: WebAssembly.Module;
}

let compiled: Promise<CompiledPgliteModules> | undefined;

/**
 * PGlite's WebAssembly, compiled once per process and handed to every database thread. Each thread
 * otherwise compiles its own copy, and functions V8 compiles on first call are compiled again on
 * every thread; a shared module shares that code. Empty when the files cannot be read (PGlite then
 * loads its own, as before).
 */
export function compiledPgliteModules(): Promise<CompiledPgliteModules> {
  compiled ??= (async () => {
    try {
      const dist = new URL('.', import.meta.resolve('@electric-sql/pglite'));
      const compile = async (file: string) => WebAssembly.compile(await readFile(new URL(file, dist)));
      const [pgliteWasmModule, initdbWasmModule] = await Promise.all([compile('pglite.wasm'), compile('initdb.wasm')]);
      return { pgliteWasmModule, initdbWasmModule };
    } catch {
      return {};
    }
  })();
  return compiled;
}
