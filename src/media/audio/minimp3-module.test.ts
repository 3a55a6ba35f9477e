import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { rewriteMinimp3Module } from './minimp3-module.ts';
import { id3v2TagBytes } from './mp3-layout.ts';

const packaged = readFileSync(createRequire(import.meta.url).resolve('minimp3-wasm/dist/decoder.opt.wasm'));

/** All the PCM a module decodes from `mp3` (its frames), and its memory's size before and after. */
function decodeAll(module: Uint8Array, mp3: Uint8Array) {
  const decoder = new WebAssembly.Instance(new WebAssembly.Module(module as Uint8Array<ArrayBuffer>)).exports as unknown as {
    memory: WebAssembly.Memory;
    decoder_init(): void;
    decoder_set_mp3_data_size(size: number): void;
    decoder_mp3_data_offset(): number;
    decoder_pcm_data_offset(): number;
    decoder_decode(seconds: number): void;
    decode_results_num_samples(): number;
  };
  const memoryBefore = decoder.memory.buffer.byteLength;
  decoder.decoder_init();
  decoder.decoder_set_mp3_data_size(mp3.length);
  new Uint8Array(decoder.memory.buffer, decoder.decoder_mp3_data_offset(), mp3.length).set(mp3);
  const chunks: Uint8Array[] = [];
  for (decoder.decoder_decode(1); decoder.decode_results_num_samples() > 0; decoder.decoder_decode(1)) {
    chunks.push(new Uint8Array(decoder.memory.buffer, decoder.decoder_pcm_data_offset(), decoder.decode_results_num_samples() * 2).slice());
  }
  return { pcm: Buffer.concat(chunks), memoryBefore, memoryAfter: decoder.memory.buffer.byteLength };
}

describe.skipIf(toolMissing('ffmpeg'))('rewriteMinimp3Module (needs ffmpeg)', () => {
  it('decodes the very same PCM as the packaged module, with the byte loops replaced and a memory that never grows', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-minimp3-'));
    try {
      const path = join(folder, 'song.mp3');
      await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'anoisesrc=d=3:r=44100:a=0.3', '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '160k', path]);
      const file = await readFile(path);
      const mp3 = file.subarray(id3v2TagBytes(file));
      const pages = Math.ceil((1024 * 1024 + mp3.length + 400_000) / 65536);
      const rewritten = rewriteMinimp3Module(packaged, pages);
      // memmove's and the zero-fill's loops (111 and 41 bytes) each become a 13-byte body.
      expect(packaged.length - rewritten.length).toBeGreaterThan(100);
      const fromPackage = decodeAll(packaged, mp3);
      const fromRewritten = decodeAll(rewritten, mp3);
      expect(fromRewritten.pcm.length).toBeGreaterThan(3 * 44100 * 4);
      expect(fromRewritten.pcm.equals(fromPackage.pcm)).toBe(true);
      expect(fromPackage.memoryAfter).toBeGreaterThan(fromPackage.memoryBefore);
      expect(fromRewritten.memoryAfter).toBe(fromRewritten.memoryBefore);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
