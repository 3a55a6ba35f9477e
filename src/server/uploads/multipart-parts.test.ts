import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFiles, createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';

describe('multipart text fields and file names are checked like every other text', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
  });
  afterAll(async () => {
    await app.close();
    await kiln.close();
  });

  it('answers 400 naming the form field that holds a NUL character, and stores nothing', async () => {
    const body = multipartBody([
      { kind: 'field', field: 'style', value: 'a fox\u0000 in the rain' },
      { kind: 'file', field: 'song', filename: 'song.mp3', contentType: 'audio/mpeg', data: new Uint8Array([0xff, 0xfb, 0x90, 0x00]) },
    ]);
    const response = await app.inject({ method: 'POST', url: '/api/music-videos', payload: body.payload, headers: body.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/form field `style` contains a NUL character/);
    expect(await assetFiles(kiln.dataDir)).toEqual([]);
  });

  it('answers 400 for a NUL character in an uploaded file\'s name', async () => {
    const body = multipartBody([{ kind: 'file', field: 'file', filename: 'song\u0000.mp3', contentType: 'audio/mpeg', data: new Uint8Array([0xff, 0xfb, 0x90, 0x00]) }]);
    const response = await app.inject({ method: 'POST', url: '/api/assets', payload: body.payload, headers: body.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/file \(file name\)/);
  });
});
