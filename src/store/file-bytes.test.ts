import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FileBytes } from './file-bytes.ts';
import { firstLineAtOrAfter } from './sorted-lines.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-file-bytes-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

// Sorted lines of several MB (more blocks than are kept), with multi-byte text across block edges.
const lines = Array.from({ length: 120_000 }, (_, index) => `key${String(index).padStart(6, '0')}\t語彙 ${index} ${'x'.repeat(index % 40)}\n`);
const header = 'a stamp line\n';

test('answers indexOf and toString as the same bytes in a Buffer do, past its header, across blocks', async () => {
  const path = join(folder, 'index.tsv');
  const whole = Buffer.from(header + lines.join(''));
  await writeFile(path, whole);
  const body = whole.subarray(Buffer.byteLength(header));
  const file = new FileBytes(path, Buffer.byteLength(header));
  try {
    expect(file.length).toBe(body.length);
    for (const position of [0, 1, 16_383, 16_384, 16_385, 1_000_000, body.length - 2, body.length - 1, body.length]) {
      expect(file.indexOf(10, position)).toBe(body.indexOf(10, position));
      expect(file.indexOf(9, position)).toBe(body.indexOf(9, position));
      expect(file.toString('utf8', position, position + 300)).toBe(body.toString('utf8', position, position + 300));
    }
    expect(file.toString('utf8', 500, 400)).toBe('');
    expect(file.toString('utf8', 500, -1)).toBe(body.toString('utf8', 500, -1));
    // The search over sorted lines finds the same line in both, for keys spread over the whole file (blocks dropped and read again).
    const keyAt = (bytes: { toString(encoding: 'utf8', start: number, end: number): string; indexOf(byte: number, from: number): number }) => (at: number) => bytes.toString('utf8', at, bytes.indexOf(9, at));
    for (const key of ['key000000', 'key059999', 'key119999', 'key0600005', 'key', 'key2']) {
      expect(firstLineAtOrAfter(file, key, keyAt(file))).toBe(firstLineAtOrAfter(body, key, keyAt(body)));
    }
  } finally {
    file.close();
  }
});
