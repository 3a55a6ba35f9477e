// The behaviours every asset store keeps, whatever holds the bytes; run by asset-store.test.ts (the
// local folder) and s3-asset-store.test.ts (an S3-compatible store). Not a test file by itself.
import { createHash } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, NotFoundError } from '../engine/errors/index.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import type { Database } from './database.ts';

export interface ConformanceSubject {
  store: AssetStore;
  database: Database;
  /** Whether the store holds content under this sha256 (a file, an object). */
  hasContent(sha256: string): Promise<boolean>;
  /** What is left in the store's spool folder. */
  spoolFiles(): Promise<string[]>;
  close(): Promise<void>;
}

const bytes = (value: string) => new TextEncoder().encode(value);
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function describeAssetStoreConformance(title: string, open: () => Promise<ConformanceSubject>): void {
  describe(title, () => {
    let subject: ConformanceSubject;
    let store: AssetStore;
    let jobFolder: string;
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
      jobFolder = await mkdtemp(join(tmpdir(), 'kiln-job-'));
    }, 60_000);
    afterAll(async () => {
      await subject?.close();
      await rm(jobFolder, { recursive: true, force: true });
    });

    it('stores bytes under their sha256 and reads them back for their owner', async () => {
      const asset = await store.put({ ownerId: 'alice', data: bytes('hello kiln'), mediaType: 'text/plain', name: 'hello.txt', metadata: { lang: 'en' } });
      expect(asset).toMatchObject({ ownerId: 'alice', sha256: sha256('hello kiln'), sizeBytes: 10, name: 'hello.txt', jobId: null, metadata: { lang: 'en' } });
      expect(await subject.hasContent(asset.sha256)).toBe(true);
      expect(await store.get('alice', asset.id)).toEqual(asset);
      expect(new TextDecoder().decode(await store.read(asset))).toBe('hello kiln');
      expect(await subject.spoolFiles()).toEqual([]);
    });

    it('accepts a stream and serves inclusive byte ranges', async () => {
      const asset = await store.put({ ownerId: 'alice', data: Readable.from([Buffer.from('0123'), Buffer.from('456789')]), mediaType: 'text/plain', name: 'digits.txt' });
      expect(asset.sizeBytes).toBe(10);
      expect(await text(store.stream(asset, { start: 2, end: 5 }))).toBe('2345');
      expect(await text(store.stream(asset, { start: 9, end: 9 }))).toBe('9');
      expect(await text(store.stream(asset))).toBe('0123456789');
      expect(() => store.stream(asset, { start: 5, end: 10 })).toThrow(BadInputError);
      expect(() => store.stream(asset, { start: 6, end: 5 })).toThrow(BadInputError);
    });

    it('hands tools a local file with the bytes, in a job folder or for the length of a call', async () => {
      const asset = await store.put({ ownerId: 'alice', data: bytes('for ffmpeg'), mediaType: 'text/plain', name: 'tool.txt' });
      const path = await store.localFile(asset, jobFolder);
      expect(await readFile(path, 'utf8')).toBe('for ffmpeg');
      expect(await store.localFile(asset, jobFolder)).toBe(path);
      expect(await store.withLocalFile(asset, async (file) => readFile(file, 'utf8'))).toBe('for ffmpeg');
    });

    it("answers NotFoundError for another user's asset, for get and delete alike", async () => {
      const asset = await store.put({ ownerId: 'alice', data: bytes('private'), mediaType: 'text/plain', name: 'p.txt' });
      await expect(store.get('mallory', asset.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.delete('mallory', asset.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await subject.hasContent(asset.sha256)).toBe(true);
      expect((await store.list('mallory')).map((record) => record.id)).not.toContain(asset.id);
    });

    it('keeps one content for equal bytes and removes it only with its last record', async () => {
      const first = await store.put({ ownerId: 'alice', data: bytes('shared bytes'), mediaType: 'text/plain', name: 'a.txt' });
      const second = await store.put({ ownerId: 'bob', data: bytes('shared bytes'), mediaType: 'text/plain', name: 'b.txt' });
      expect(second.id).not.toBe(first.id);
      expect(second.sha256).toBe(first.sha256);
      await store.delete('alice', first.id);
      expect(await subject.hasContent(second.sha256)).toBe(true);
      expect(new TextDecoder().decode(await store.read(second))).toBe('shared bytes');
      await expect(store.get('alice', first.id)).rejects.toBeInstanceOf(NotFoundError);
      await store.delete('bob', second.id);
      expect(await subject.hasContent(second.sha256)).toBe(false);
    });

    it('leaves neither content nor a record when the source fails half-way', async () => {
      const before = await store.list('carol');
      const failing = new Readable({
        read() {
          this.push(Buffer.from('half of a file'));
          this.destroy(new Error('connection reset'));
        },
      });
      await expect(store.put({ ownerId: 'carol', data: failing, mediaType: 'video/mp4', name: 'cut.mp4' })).rejects.toThrow('connection reset');
      expect(await store.list('carol')).toEqual(before);
      expect(await subject.spoolFiles()).toEqual([]);
      expect(await subject.hasContent(sha256('half of a file'))).toBe(false);
    });

    it('removes the content again when the record cannot be written', async () => {
      const data = 'belongs to a job that does not exist';
      await expect(store.put({ ownerId: 'carol', data: bytes(data), mediaType: 'text/plain', name: 'x.txt', jobId: 'no-such-job' })).rejects.toThrow();
      expect(await subject.hasContent(sha256(data))).toBe(false);
      expect(await subject.spoolFiles()).toEqual([]);
    });

    it('lists only the owner’s assets, newest first, optionally by job', async () => {
      await subject.database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ('job-1', 'dave', 'p', 'running', '{}')`);
      const loose = await store.put({ ownerId: 'dave', data: bytes('one'), mediaType: 'text/plain', name: '1.txt' });
      const made = await store.put({ ownerId: 'dave', data: bytes('two'), mediaType: 'text/plain', name: '2.txt', jobId: 'job-1' });
      expect((await store.list('dave')).map((asset) => asset.id)).toEqual([made.id, loose.id]);
      expect((await store.list('dave', { jobId: 'job-1' })).map((asset) => asset.id)).toEqual([made.id]);
      expect(await store.list('dave', { limit: 1 })).toHaveLength(1);
    });
  });
}
