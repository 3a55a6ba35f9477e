import { expect, test } from 'vitest';
import { compiledPgliteModules } from './compiled-pglite-modules.ts';

test('PGlite and initdb are compiled once per process and shared by every database thread', async () => {
  const first = await compiledPgliteModules();
  expect(first.pgliteWasmModule).toBeInstanceOf(WebAssembly.Module);
  expect(first.initdbWasmModule).toBeInstanceOf(WebAssembly.Module);
  // Both export functions PGlite calls, so they are the real builds, not empty placeholders.
  expect(WebAssembly.Module.exports(first.pgliteWasmModule!).length).toBeGreaterThan(10);
  const second = await compiledPgliteModules();
  expect(second.pgliteWasmModule).toBe(first.pgliteWasmModule);
});
