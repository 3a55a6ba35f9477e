import type { AssetsConfig } from '../config/index.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import type { Database } from './database.ts';
import { createLocalAssetContents } from './local-asset-contents.ts';
import { openS3Bucket } from './open-s3-bucket.ts';
import { createRecordedAssetStore } from './recorded-asset-store.ts';
import { createS3AssetContents } from './s3-asset-contents.ts';

/** A presigned URL lives five minutes unless configured: long enough to start a video, short enough to leak little. */
const defaultPresignedUrlSeconds = 300;

export interface AssetStoreOptions {
  database: Database;
  /** Kiln's data folder: the local store keeps files in `<dataDir>/assets/ab/cd/<sha256>`; any store spools there. */
  dataDir: string;
  /** The config's `assets` section; absent means the local folder. */
  assets?: AssetsConfig;
  /** Where an object store's credentials are read from; default process.env. */
  env?: Record<string, string | undefined>;
}

/**
 * The asset store the configuration asks for: the data folder (embedded default) or an S3-compatible
 * object store. Either way ownership stays in the database and contents are addressed by sha256.
 */
export async function createAssetStore(options: AssetStoreOptions): Promise<AssetStore> {
  const settings = options.assets ?? { type: 'local' };
  if (settings.type === 'local') return createRecordedAssetStore(options.database, await createLocalAssetContents(options.dataDir));
  const bucket = await openS3Bucket(settings, options.env ?? process.env);
  const contents = await createS3AssetContents({
    bucket,
    dataDir: options.dataDir,
    presignedUrlSeconds: settings.presignedUrls ? (settings.presignedUrlSeconds ?? defaultPresignedUrlSeconds) : undefined,
  });
  return createRecordedAssetStore(options.database, contents);
}
