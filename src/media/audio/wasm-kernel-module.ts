import { readFileSync } from 'node:fs';

const compiled = new Map<string, WebAssembly.Module | null>();

/**
 * A compiled kernel from ./wasm/ (the analyze bundle copies them beside itself under the same
 * name), once per process; null without WebAssembly SIMD or with KILN_ANALYZE_WASM=0, which keeps
 * the JavaScript path a switch away, to compare the two.
 */
export function wasmKernelModule(fileName: string): WebAssembly.Module | null {
  let module = compiled.get(fileName);
  if (module === undefined) {
    try {
      if (process.env.KILN_ANALYZE_WASM === '0') throw new Error('turned off');
      module = new WebAssembly.Module(readFileSync(new URL(`./wasm/${fileName}`, import.meta.url)));
    } catch {
      module = null;
    }
    compiled.set(fileName, module);
  }
  return module;
}
