import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AssetContents } from './asset-contents.ts';
import { checkByteRange, contentPath } from './asset-contents.ts';
import { removeStaleTemporaryFiles } from './write-hashed.ts';

/**
 * The embedded default: content-addressed files in `<dataDir>/assets/ab/cd/<sha256>`. Paths are only
 * ever built from a sha256 the store computed, never from anything a caller sends.
 */
export async function createLocalAssetContents(dataDir: string): Promise<AssetContents> {
  const root = join(dataDir, 'assets');
  const spoolFolder = join(root, 'tmp');
  await mkdir(spoolFolder, { recursive: true });
  await removeStaleTemporaryFiles(spoolFolder);
  const fileOf = (sha256: string) => join(root, contentPath(sha256));
  const sizeOf = (sha256: string) => stat(fileOf(sha256)).then((info) => info.size, () => undefined);

  return {
    kind: 'local',
    spoolFolder,
    async has(sha256, sizeBytes) {
      return (await sizeOf(sha256)) === sizeBytes;
    },
    async keep(sha256, file) {
      // Same bytes already stored: keep that file. Otherwise the rename makes the whole file appear
      // at once, never a half-written one.
      if ((await sizeOf(sha256)) !== undefined) return;
      await mkdir(dirname(fileOf(sha256)), { recursive: true });
      await rename(file, fileOf(sha256));
    },
    async remove(sha256) {
      await rm(fileOf(sha256), { force: true });
    },
    async read(asset) {
      return new Uint8Array(await readFile(fileOf(asset.sha256)));
    },
    stream(asset, range) {
      if (!range) return createReadStream(fileOf(asset.sha256));
      checkByteRange(asset, range);
      return createReadStream(fileOf(asset.sha256), range);
    },
    async localFile(asset) {
      return fileOf(asset.sha256);
    },
    async withLocalFile(asset, use) {
      return use(fileOf(asset.sha256));
    },
  };
}
