// Assembles the WebAssembly text sources under src/media/audio/wasm/ into the .wasm files committed
// beside them (the runtime loads those, so running Kiln needs no assembler). `npm run build:wasm`
// after editing a .wat; a test fails while a committed .wasm differs from what its .wat assembles to.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import wabtInit from 'wabt';

export const wasmFolder = new URL('./', import.meta.url);

/** The binary that `watFile` (a name in the wasm folder) assembles to. */
export async function assembleWat(watFile: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  // Threads for shared memory: a signal memory is shared so that a second thread can halve into it.
  const features = { simd: true, threads: true };
  const module = wabt.parseWat(watFile, readFileSync(new URL(watFile, wasmFolder), 'utf8'), features);
  try {
    // The typings leave out validate's features, without which it refuses a shared memory.
    (module as unknown as { validate(features: object): void }).validate(features);
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const watFile of readdirSync(wasmFolder).filter((name) => name.endsWith('.wat'))) {
    const binary = await assembleWat(watFile);
    writeFileSync(new URL(watFile.replace(/\.wat$/, '.wasm'), wasmFolder), binary);
    console.log(`${watFile} -> ${binary.length} bytes`);
  }
}
