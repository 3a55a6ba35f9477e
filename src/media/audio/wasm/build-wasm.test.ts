import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleWat, wasmFolder } from './build-wasm.ts';

describe('the committed WebAssembly kernels', () => {
  const sources = readdirSync(wasmFolder).filter((name) => name.endsWith('.wat'));

  it.each(sources)('%s assembles to the committed .wasm (else run npm run build:wasm)', async (source) => {
    const committed = readFileSync(new URL(source.replace(/\.wat$/, '.wasm'), wasmFolder));
    expect(Buffer.from(await assembleWat(source)).equals(committed)).toBe(true);
  });

  it('are all there', () => {
    expect(sources.sort()).toEqual(['frame-spectra.wat', 'halve-sample-rate.wat', 'loudness-scan.wat']);
  });
});
