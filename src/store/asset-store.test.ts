import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, NotFoundError } from '../engine/errors/index.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase, type Database } from './database.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

const bytes = (value: string) => new TextEncoder().encode(value);
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('createAssetStore', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  let store: AssetStore;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
    store = await createAssetStore({ database, dataDir: folder.dataDir });
  });
  afterAll(async () => {
    await database.close();
    await folder.remove();
  });

  const temporaryFiles = () => readdir(join(folder.dataDir, 'assets', 'tmp'));

  it('stores bytes under assets/ab/cd/<sha256> and reads them back for their owner', async () => {
    const asset = await store.put({ ownerId: 'alice', data: bytes('hello kiln'), mediaType: 'text/plain', name: 'hello.txt', metadata: { lang: 'en' } });
    const hash = sha256('hello kiln');
    expect(asset).toMatchObject({ ownerId: 'alice', sha256: hash, sizeBytes: 10, name: 'hello.txt', jobId: null, metadata: { lang: 'en' } });
    expect(store.pathOf(asset)).toBe(join(folder.dataDir, 'assets', hash.slice(0, 2), hash.slice(2, 4), hash));
    expect(await store.get('alice', asset.id)).toEqual(asset);
    expect(new TextDecoder().decode(await store.read(asset))).toBe('hello kiln');
    expect(await temporaryFiles()).toEqual([]);
  });

  it('accepts a stream and serves inclusive byte ranges', async () => {
    const asset = await store.put({ ownerId: 'alice', data: Readable.from([Buffer.from('0123'), Buffer.from('456789')]), mediaType: 'text/plain', name: 'digits.txt' });
    expect(asset.sizeBytes).toBe(10);
    expect(await text(store.stream(asset, { start: 2, end: 5 }))).toBe('2345');
    expect(await text(store.stream(asset))).toBe('0123456789');
    expect(() => store.stream(asset, { start: 5, end: 10 })).toThrow(BadInputError);
    expect(() => store.stream(asset, { start: 6, end: 5 })).toThrow(BadInputError);
  });

  it("answers NotFoundError for another user's asset, for get and delete alike", async () => {
    const asset = await store.put({ ownerId: 'alice', data: bytes('private'), mediaType: 'text/plain', name: 'p.txt' });
    await expect(store.get('mallory', asset.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.delete('mallory', asset.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(existsSync(store.pathOf(asset))).toBe(true);
    expect((await store.list('mallory')).map((record) => record.id)).not.toContain(asset.id);
  });

  it('keeps one file for equal bytes and removes it only with its last record', async () => {
    const first = await store.put({ ownerId: 'alice', data: bytes('shared bytes'), mediaType: 'text/plain', name: 'a.txt' });
    const second = await store.put({ ownerId: 'bob', data: bytes('shared bytes'), mediaType: 'text/plain', name: 'b.txt' });
    expect(second.id).not.toBe(first.id);
    expect(store.pathOf(second)).toBe(store.pathOf(first));
    await store.delete('alice', first.id);
    expect(existsSync(store.pathOf(second))).toBe(true);
    await expect(store.get('alice', first.id)).rejects.toBeInstanceOf(NotFoundError);
    await store.delete('bob', second.id);
    expect(existsSync(store.pathOf(second))).toBe(false);
  });

  it('leaves neither a file nor a record when the source fails half-way', async () => {
    const before = await store.list('carol');
    const failing = new Readable({
      read() {
        this.push(Buffer.from('half of a file'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put({ ownerId: 'carol', data: failing, mediaType: 'video/mp4', name: 'cut.mp4' })).rejects.toThrow('connection reset');
    expect(await store.list('carol')).toEqual(before);
    expect(await temporaryFiles()).toEqual([]);
    expect(existsSync(join(folder.dataDir, 'assets', sha256('half of a file').slice(0, 2)))).toBe(false);
  });

  it('removes the file again when the record cannot be written', async () => {
    const data = 'belongs to a job that does not exist';
    await expect(store.put({ ownerId: 'carol', data: bytes(data), mediaType: 'text/plain', name: 'x.txt', jobId: 'no-such-job' })).rejects.toThrow();
    const hash = sha256(data);
    expect(existsSync(join(folder.dataDir, 'assets', hash.slice(0, 2), hash.slice(2, 4), hash))).toBe(false);
  });

  it('lists only the owner’s assets, newest first, optionally by job', async () => {
    await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ('job-1', 'dave', 'p', 'running', '{}')`);
    const loose = await store.put({ ownerId: 'dave', data: bytes('one'), mediaType: 'text/plain', name: '1.txt' });
    const made = await store.put({ ownerId: 'dave', data: bytes('two'), mediaType: 'text/plain', name: '2.txt', jobId: 'job-1' });
    expect((await store.list('dave')).map((asset) => asset.id)).toEqual([made.id, loose.id]);
    expect((await store.list('dave', { jobId: 'job-1' })).map((asset) => asset.id)).toEqual([made.id]);
    expect(await store.list('dave', { limit: 1 })).toHaveLength(1);
  });
});
