import { readFileSync } from 'node:fs';

const compiled = new Map<string, WebAssembly.Module | null>();

/**
 * A compiled kernel from ./wasm/ (the analyze bundle copies them beside itself under the same
 * name), once per process; null without WebAssembly SIMD or with KILN_ANALYZE_WASM=0, which keeps
 * the JavaScript path a switch away, to compare the two.
 *
 * Each kernel keeps a TypeScript twin: the analysis runs it wherever this is null (Node without
 * WebAssembly, as under `node --jitless`), and it is the reference the kernel's tests compare against
(to the bit, the transforms within 1e-12 of the largest value).
 * Only the kernels bench/beats/kernel-twins.ts shows paying are twinned (issue 30); the others are
 * TypeScript alone.
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
