import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { craftedFiles } from '../../media/ffmpeg/testing/crafted-manifests.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { assetFiles, createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody, type MultipartPart } from '../testing/multipart-body.ts';

/** CRC-32 as PNG chunks carry it, to forge a header that is otherwise valid. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG whose IHDR is rewritten to claim `width`×`height`, CRC fixed, as a decompression bomb would. */
async function pngClaiming(width: number, height: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#333' } }).png().toBuffer());
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  view.setUint32(16, width);
  view.setUint32(20, height);
  view.setUint32(29, crc32(bytes.subarray(12, 29)));
  return bytes;
}

describe.skipIf(toolMissing('ffmpeg'))('POST /api/assets checks the whole file (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance;
  let folder: string;
  let privatePath: string;
  let songMp3: Uint8Array;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    folder = await mkdtemp(join(tmpdir(), 'kiln-upload-checks-'));
    privatePath = join(folder, 'private.m4a');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=1000:d=3', '-y', privatePath]);
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=3', '-y', join(folder, 'song.mp3')]);
    songMp3 = new Uint8Array(await readFile(join(folder, 'song.mp3')));
  });
  afterAll(async () => {
    await app?.close();
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const storeContents = async () => ({ records: await kiln.runtime.assets.list('local'), files: await assetFiles(kiln.dataDir) });
  const file = (data: Uint8Array, filename: string, field = 'file'): MultipartPart => ({ kind: 'file', field, filename, contentType: 'application/octet-stream', data });
  function upload(parts: MultipartPart[]) {
    const body = multipartBody(parts);
    return app.inject({ method: 'POST', url: '/api/assets', payload: body.payload, headers: body.headers });
  }

  it('stores an MP3 that decodes to its end', async () => {
    const response = await upload([file(songMp3, 'song.mp3')]);
    expect(response.statusCode).toBe(201);
    expect(response.json().mediaType).toBe('audio/mpeg');
  });

  it('refuses a manifest hidden behind an ID3 or RIFF header, never reading the file it names', async () => {
    const before = await storeContents();
    for (const crafted of craftedFiles(privatePath)) {
      const response = await upload([file(crafted.bytes, 'song.mp3')]);
      expect(response.statusCode, crafted.name).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, crafted.name).toBeLessThan(500);
      expect(response.body).not.toContain(folder);
      expect(response.body).not.toContain(kiln.dataDir);
    }
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a cut-off MP3 with 422 and a PNG that claims 60000×60000 with 400, keeping neither', async () => {
    const before = await storeContents();
    const cut = await upload([file(songMp3.subarray(0, Math.floor(songMp3.length * 0.7)), 'cut.mp3')]);
    expect(cut.statusCode).toBe(422);
    expect(cut.json().error.message).toMatch(/^The file cut\.mp3 is cut short: its header says 3\.\d+ s but only 2\.\d+ s decode/);
    const bomb = await upload([file(await pngClaiming(60000, 60000), 'bomb.png')]);
    expect(bomb.statusCode).toBe(400);
    expect(bomb.json().error.message).toMatch(/^The image bomb\.png is 60000×60000 pixels; Kiln takes pictures up to 16\.8 megapixels/);
    expect(await storeContents()).toEqual(before);
  });

  it('answers one 400 with a sentence for a body without a boundary or cut off mid-part', async () => {
    const noBoundary = await app.inject({ method: 'POST', url: '/api/assets', payload: 'hello', headers: { 'content-type': 'multipart/form-data' } });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.message).toMatch(/^The multipart body could not be read \(.+\); send multipart\/form-data with its boundary/);
    const whole = multipartBody([file(songMp3, 'song.mp3')]);
    const cutOff = await app.inject({ method: 'POST', url: '/api/assets', payload: whole.payload.subarray(0, 300), headers: whole.headers });
    expect(cutOff.statusCode).toBe(400);
    expect(cutOff.json().error.code).toBe('bad_input');
  });

  it('refuses an extra file or an unknown field with 400 naming it, keeping nothing', async () => {
    const before = await storeContents();
    const extraFile = await upload([file(songMp3, 'a.mp3'), file(songMp3, 'b.mp3', 'second')]);
    expect(extraFile.statusCode).toBe(400);
    expect(extraFile.json().error.message).toBe('The form has an unexpected file `second`; send only the file, in a field named `file`.');
    const twoFiles = await upload([file(songMp3, 'a.mp3'), file(songMp3, 'b.mp3')]);
    expect(twoFiles.json().error.message).toMatch(/more than one file in `file`/);
    const extraField = await upload([{ kind: 'field', field: 'title', value: 'x' }, file(songMp3, 'a.mp3')]);
    expect(extraField.statusCode).toBe(400);
    expect(extraField.json().error.details).toEqual({ field: 'title' });
    expect(await storeContents()).toEqual(before);
  });

  it('strips direction overrides and other invisible characters from the stored name', async () => {
    const response = await upload([file(songMp3, 'invoice\u202egpj.mp3\u200f\u0007')]);
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('invoicegpj.mp3');
  });
});
