import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../engine/errors/index.ts';
import { loadConfig } from './load-config.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const loadFile = async (name: string, text: string) => {
  await writeFile(join(folder, name), text);
  return loadConfig({ cwd: folder, env: {} });
};

describe('loadConfig: the assets section', () => {
  it('keeps the local folder when there is none', async () => {
    expect((await loadConfig({ cwd: folder, env: {} })).assets).toBeUndefined();
  });

  it('reads the README\'s object storage example as written', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /### Object storage[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const config = await loadFile('kiln.config.yaml', example!);
    expect(config.assets).toEqual({
      type: 's3', bucket: 'kiln-assets', endpoint: 'http://minio:9000', region: 'us-east-1', forcePathStyle: true, presignedUrls: false,
    });
  });

  it('refuses an unknown store, a bad bucket name and a secret written into the file', async () => {
    const failure = (text: string) => loadFile('kiln.config.json', text).then(() => new Error('loaded'), (error: unknown) => error);
    const unknown = await failure(JSON.stringify({ assets: { type: 'gcs', bucket: 'b' } }));
    expect(unknown).toBeInstanceOf(ConfigError);
    expect((unknown as Error).message).toContain('assets.type: expected type "local" or "s3"');
    const badBucket = await failure(JSON.stringify({ assets: { type: 's3', bucket: 'Kiln_Assets' } }));
    expect((badBucket as Error).message).toContain('assets.bucket: expected a bucket name');
    const literal = await failure(JSON.stringify({ assets: { type: 's3', bucket: 'kiln', secretAccessKey: 'abc123' } }));
    expect(literal).toBeInstanceOf(ConfigError);
    expect((literal as Error).message).not.toContain('abc123');
  });
});
