/**
 * TensorFlow.js on its WebAssembly backend, for the models Kiln runs in-process (the picture classifier,
 * person segmentation, the story check's sentence encoder). The .wasm files ship in
 * `@tensorflow/tfjs-backend-wasm`; tfjs-node is not used, as it fetches a native library at install time.
 * Loaded by Node itself inside model threads (type stripping), so this file keeps to syntax Node can strip.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** TensorFlow.js with the WebAssembly backend ready, or undefined when that backend will not start. */
export async function startTensorflowWasm(): Promise<typeof import('@tensorflow/tfjs') | undefined> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const wasmFolder = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  wasm.setWasmPaths(`${wasmFolder}${path.sep}`);
  if (tf.getBackend() !== 'wasm' && !(await tf.setBackend('wasm'))) return undefined;
  await tf.ready();
  return tf;
}
