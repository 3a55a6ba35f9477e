import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { createTinyGguf, writeTinyGguf } from './tiny-gguf.ts';

describe('tiny GGUF writer', () => {
  it('writes a file node-llama-cpp reads as a llama model with the expected shape', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-gguf-'));
    try {
      const path = await writeTinyGguf(join(folder, 'tiny.gguf'), { blockCount: 3 });
      const info = await readGgufFileInfo(path);
      expect(info.version).toBe(3);
      expect(info.metadata.general.architecture).toBe('llama');
      const llama = (info.metadata as unknown as { llama: Record<string, unknown> }).llama;
      expect(llama).toMatchObject({ embedding_length: 64, block_count: 3, context_length: 128 });
      // 3 whole-model tensors plus 9 per block.
      expect(info.tensorInfo?.length).toBe(3 + 9 * 3);
      expect(info.tensorInfo?.find((tensor) => tensor.name === 'blk.2.ffn_down.weight')?.dimensions).toEqual([128, 64]);
      expect(info.metadata.tokenizer.ggml.tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is a few hundred KB and the same for the same seed', () => {
    const first = createTinyGguf({ seed: 3 });
    expect(first.length).toBeGreaterThan(100_000);
    expect(first.length).toBeLessThan(1_000_000);
    expect(Buffer.from(createTinyGguf({ seed: 3 })).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(createTinyGguf({ seed: 4 })).equals(Buffer.from(first))).toBe(false);
  });
});
