/**
 * Loads nsfwjs's MobileNetV2 picture classifier on TensorFlow.js's WebAssembly backend, once per
 * process. Everything it needs ships inside npm (the weights are bundled in the `nsfwjs` package and
 * the .wasm files in `@tensorflow/tfjs-backend-wasm`), so it works offline with no model download.
 * tfjs-node is not used: it fetches a native library at install time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NSFWJS } from 'nsfwjs';

let loading: Promise<NSFWJS> | undefined;

/** The shared classifier; the first call pays the load (about 0.4 s), later calls reuse it. */
export function loadNsfwModel(): Promise<NSFWJS> {
  loading ??= load().catch((error: unknown) => {
    // A failed load is not cached, so a later picture tries again instead of failing forever.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<NSFWJS> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const require = createRequire(import.meta.url);
  const wasmFolder = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  wasm.setWasmPaths(`${wasmFolder}${path.sep}`);
  if (tf.getBackend() !== 'wasm') {
    const ready = await tf.setBackend('wasm');
    if (!ready) throw new Error('TensorFlow.js could not start its WebAssembly backend.');
  }
  await tf.ready();
  const nsfwjs = await import('nsfwjs');
  // nsfwjs prints a hosting hint on every load; it means nothing here, where the bundled weights are used.
  const info = console.info;
  const log = console.log;
  console.info = () => {};
  console.log = () => {};
  try {
    return await nsfwjs.load('MobileNetV2');
  } finally {
    console.info = info;
    console.log = log;
  }
}
