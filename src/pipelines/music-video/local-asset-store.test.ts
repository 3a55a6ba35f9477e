import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../engine/errors/index.ts';
import { createLocalAssetStore } from './local-asset-store.ts';

describe('createLocalAssetStore', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-local-assets-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('stores bytes and streams, hashes them and answers only their owner', async () => {
    const store = await createLocalAssetStore(folder);
    const fromBytes = await store.put({ ownerId: 'ann', data: new TextEncoder().encode('hello'), mediaType: 'text/plain', name: 'a.txt', jobId: 'job-1' });
    const fromStream = await store.put({ ownerId: 'ann', data: Readable.from([Buffer.from('hel'), Buffer.from('lo')]), mediaType: 'text/plain', name: 'b.txt' });
    expect(fromBytes).toMatchObject({ sizeBytes: 5, sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824' });
    expect(fromStream.sha256).toBe(fromBytes.sha256);
    expect(new TextDecoder().decode(await store.read(fromStream))).toBe('hello');
    expect((await store.list('ann', { jobId: 'job-1' })).map((asset) => asset.id)).toEqual([fromBytes.id]);
    await expect(store.get('bob', fromBytes.id)).rejects.toBeInstanceOf(NotFoundError);
    await store.delete('ann', fromBytes.id);
    await expect(store.get('ann', fromBytes.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await readdir(folder)).toEqual([fromStream.id]);
  });

  it('leaves no partial file behind when the stream fails', async () => {
    const store = await createLocalAssetStore(join(folder, 'failing'));
    async function* broken() {
      yield Buffer.from('start');
      throw new Error('the upload broke off');
    }
    await expect(store.put({ ownerId: 'ann', data: Readable.from(broken()), mediaType: 'text/plain', name: 'c.txt' })).rejects.toThrow(/broke off/);
    expect(await readdir(join(folder, 'failing'))).toEqual([]);
  });
});
