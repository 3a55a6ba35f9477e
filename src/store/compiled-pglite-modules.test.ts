import { expect, test } from 'vitest';
import { compiledPgliteModules } from './compiled-pglite-modules.ts';

test('PGlite and initdb are compiled once per process and shared by every database thread', async () => {
  const first = await compiledPgliteModules();
  expect(first.pgliteWasmModule).toBeInstanceOf(WebAssembly.Module);
  expect(first.initdbWasmModule).toBeInstanceOf(WebAssembly.Module);
  // PGlite's own builds: the module exports the many functions PGlite calls.
  expect(WebAssembly.Module.exports(first.pgliteWasmModule!).length).toBeGreaterThan(10);
  const second = await compiledPgliteModules();
  expect(second.pgliteWasmModule).toBe(first.pgliteWasmModule);
});
