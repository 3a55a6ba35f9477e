import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSecret, sealSecret, secretsKey } from './seal-secret.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));
const dataDir = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'kiln-seal-'));
  folders.push(folder);
  return folder;
};

describe('sealed secrets', () => {
  it('seal a secret so the stored text does not hold it, and open it only with the same key', async () => {
    const key = await secretsKey({ dataDir: await dataDir() }, {});
    const sealed = sealSecret('ntn_secret-token-123', key);
    expect(sealed).toMatch(/^sealed:v1:/);
    expect(sealed).not.toContain('secret-token');
    expect(sealSecret('ntn_secret-token-123', key)).not.toBe(sealed);
    expect(openSecret(sealed, key)).toBe('ntn_secret-token-123');
    const otherKey = await secretsKey({ dataDir: await dataDir() }, {});
    expect(openSecret(sealed, otherKey)).toBeUndefined();
    expect(openSecret(`${sealed.slice(0, -4)}AAAA`, key)).toBeUndefined();
    expect(openSecret('ntn_plain-text', key)).toBeUndefined();
  });

  it('keep the embedded database its own key file, private to its owner and the same on every call', async () => {
    const folder = await dataDir();
    const first = await secretsKey({ dataDir: folder }, {});
    expect((await secretsKey({ dataDir: folder }, {})).equals(first)).toBe(true);
    expect((await readFile(join(folder, 'secrets.key'))).equals(first)).toBe(true);
    expect((await stat(join(folder, 'secrets.key'))).mode & 0o077).toBe(0);
  });

  it('take the key from KILN_SECRETS_KEY, the same on every machine, and on PostgreSQL refuse to go without it', async () => {
    const env = { KILN_SECRETS_KEY: 'a shared key of at least thirty-two characters' };
    const here = await secretsKey({ dataDir: await dataDir(), databaseUrl: 'postgres://db/kiln' }, env);
    const there = await secretsKey({ dataDir: await dataDir(), databaseUrl: 'postgres://db/kiln' }, env);
    expect(openSecret(sealSecret('token', here), there)).toBe('token');
    await expect(secretsKey({ dataDir: await dataDir(), databaseUrl: 'postgres://db/kiln' }, {})).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/KILN_SECRETS_KEY/) });
    await expect(secretsKey({ dataDir: await dataDir() }, { KILN_SECRETS_KEY: 'short' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
