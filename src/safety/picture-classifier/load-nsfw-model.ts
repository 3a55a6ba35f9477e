/**
 * Loads nsfwjs's MobileNetV2 picture classifier on TensorFlow.js's WebAssembly backend, once per
 * process. Everything it needs ships inside npm (the weights are bundled in the `nsfwjs` package and
 * the .wasm files in `@tensorflow/tfjs-backend-wasm`), so it works offline with no model download.
 * tfjs-node is not used: it fetches a native library at install time.
 */
import type { NSFWJS } from 'nsfwjs';
import { startTensorflowWasm } from '../../media/tensorflow/start-tensorflow-wasm.ts';

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
  if (!(await startTensorflowWasm())) throw new Error('TensorFlow.js could not start its WebAssembly backend.');
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
