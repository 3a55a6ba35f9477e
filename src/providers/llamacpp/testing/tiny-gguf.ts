/**
 * Makes a tiny llama-architecture model with random weights (a few hundred KB), so tests exercise
 * node-llama-cpp's real load and generate path without downloading weights. What it writes is noise
 * with a working SentencePiece-style tokenizer: the point is the plumbing, not the prose.
 */
import { writeFile } from 'node:fs/promises';
import { encodeGguf, gguf, type GgufTensor } from './gguf-writer.ts';
import { createSeededRandom } from '../../../engine/seeded-random.ts';

export interface TinyGgufOptions {
  /** Seeds the random weights: the same seed gives the same file. */
  seed?: number;
  embeddingLength?: number;
  blockCount?: number;
  headCount?: number;
  feedForwardLength?: number;
  contextLength?: number;
}

// llama.cpp's token types.
const normalToken = 1;
const unknownToken = 2;
const controlToken = 3;
const byteToken = 6;

const words = ['the', 'a', 'fox', 'kiln', 'story', 'once', 'upon', 'time', 'dragon', 'light', 'night', 'and', 'was', 'it'];

/** `<unk> <s> </s>`, the 256 byte-fallback pieces SPM needs, single characters, then words and their prefixes. */
function vocabulary(): { tokens: string[]; types: number[]; scores: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [unknownToken, controlToken, controlToken];
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(byteToken);
  }
  const pieces = new Set<string>(['▁', ...'abcdefghijklmnopqrstuvwxyz.,!?{}[]":0123456789']);
  // Every prefix of "▁word" is a piece, so SPM's pairwise merges can reach the whole word.
  for (const word of words) {
    const spaced = `▁${word}`;
    for (let end = 2; end <= spaced.length; end++) pieces.add(spaced.slice(0, end));
  }
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(normalToken);
  }
  // Longer pieces score higher so merges prefer whole words.
  const scores = tokens.map((token, index) => (types[index] === normalToken ? token.length - index / 1000 : 0));
  return { tokens, types, scores };
}

/** Encodes the tiny model as GGUF bytes. */
export function createTinyGguf(options: TinyGgufOptions = {}): Uint8Array {
  const embedding = options.embeddingLength ?? 64;
  const blocks = options.blockCount ?? 2;
  const heads = options.headCount ?? 4;
  const feedForward = options.feedForwardLength ?? 128;
  const context = options.contextLength ?? 128;
  const random = createSeededRandom(options.seed ?? 1).next;
  const { tokens, types, scores } = vocabulary();

  const filled = (length: number, value: number) => new Float32Array(length).fill(value);
  const noise = (length: number) => Float32Array.from({ length }, () => (random() * 2 - 1) * 0.1);
  const matrix = (name: string, inner: number, outer: number): GgufTensor => ({ name, shape: [inner, outer], data: noise(inner * outer) });

  const tensors: GgufTensor[] = [
    matrix('token_embd.weight', embedding, tokens.length),
    { name: 'output_norm.weight', shape: [embedding], data: filled(embedding, 1) },
    matrix('output.weight', embedding, tokens.length),
  ];
  for (let block = 0; block < blocks; block++) {
    const prefix = `blk.${block}`;
    tensors.push(
      { name: `${prefix}.attn_norm.weight`, shape: [embedding], data: filled(embedding, 1) },
      matrix(`${prefix}.attn_q.weight`, embedding, embedding),
      matrix(`${prefix}.attn_k.weight`, embedding, embedding),
      matrix(`${prefix}.attn_v.weight`, embedding, embedding),
      matrix(`${prefix}.attn_output.weight`, embedding, embedding),
      { name: `${prefix}.ffn_norm.weight`, shape: [embedding], data: filled(embedding, 1) },
      matrix(`${prefix}.ffn_gate.weight`, embedding, feedForward),
      matrix(`${prefix}.ffn_up.weight`, embedding, feedForward),
      matrix(`${prefix}.ffn_down.weight`, feedForward, embedding),
    );
  }

  return encodeGguf(
    {
      'general.architecture': gguf.string('llama'),
      'general.name': gguf.string('kiln-tiny-test'),
      'general.file_type': gguf.u32(0),
      'llama.context_length': gguf.u32(context),
      'llama.embedding_length': gguf.u32(embedding),
      'llama.block_count': gguf.u32(blocks),
      'llama.feed_forward_length': gguf.u32(feedForward),
      'llama.attention.head_count': gguf.u32(heads),
      'llama.attention.head_count_kv': gguf.u32(heads),
      'llama.attention.layer_norm_rms_epsilon': gguf.f32(1e-5),
      'llama.rope.dimension_count': gguf.u32(embedding / heads),
      'llama.vocab_size': gguf.u32(tokens.length),
      'tokenizer.ggml.model': gguf.string('llama'),
      'tokenizer.ggml.tokens': gguf.array('string', tokens),
      'tokenizer.ggml.scores': gguf.array('f32', scores),
      'tokenizer.ggml.token_type': gguf.array('i32', types),
      'tokenizer.ggml.unknown_token_id': gguf.u32(0),
      'tokenizer.ggml.bos_token_id': gguf.u32(1),
      'tokenizer.ggml.eos_token_id': gguf.u32(2),
      'tokenizer.ggml.add_bos_token': gguf.bool(true),
    },
    tensors,
  );
}

/** Writes the tiny model to `path` and returns the path. */
export async function writeTinyGguf(path: string, options?: TinyGgufOptions): Promise<string> {
  await writeFile(path, createTinyGguf(options));
  return path;
}
