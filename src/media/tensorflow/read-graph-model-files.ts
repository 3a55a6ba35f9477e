/**
 * A TensorFlow.js graph model's files read from disk into memory: `model.json` and its weight shards, joined
 * in the manifest's order. tfjs's own file loader needs tfjs-node; `tf.io.fromMemory` on these works everywhere.
 * Loaded by Node itself inside model threads (type stripping), so this file keeps to syntax Node can strip.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { io } from '@tensorflow/tfjs';

export interface GraphModelFiles {
  modelTopology: { node: unknown[] } & Record<string, unknown>;
  weightSpecs: io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
  /** The model's signature, where the converter wrote one (its inputs and outputs by name). */
  signature?: { outputs?: Record<string, { name: string }> };
}

export async function readGraphModelFiles(modelJsonPath: string): Promise<GraphModelFiles> {
  const manifest = JSON.parse(await readFile(modelJsonPath, 'utf8')) as {
    modelTopology: GraphModelFiles['modelTopology'];
    weightsManifest: Array<{ paths: string[]; weights: io.WeightsManifestEntry[] }>;
    signature?: GraphModelFiles['signature'];
  };
  const shards = await Promise.all(
    manifest.weightsManifest.flatMap((group) => group.paths).map((shard) => readFile(path.join(path.dirname(modelJsonPath), shard))),
  );
  return {
    modelTopology: manifest.modelTopology,
    weightSpecs: manifest.weightsManifest.flatMap((group) => group.weights),
    weightData: new Uint8Array(Buffer.concat(shards)).buffer,
    signature: manifest.signature,
  };
}
