import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The part of the S3 asset contents a migration needs (see createS3AssetContents). */
export interface MigrationTarget {
  has(sha256: string, sizeBytes: number): Promise<boolean>;
  /** Uploads `file` as `sha256`, refusing it if the uploaded bytes hash otherwise. */
  upload(sha256: string, file: string): Promise<void>;
}

export interface MigrationSummary {
  copied: number;
  copiedBytes: number;
  /** Already in the bucket with the right size and hash: a resumed run skips them. */
  skipped: number;
  failed: Array<{ sha256: string; reason: string }>;
}

const hexPair = /^[0-9a-f]{2}$/;
const sha256Name = /^[0-9a-f]{64}$/;

/** Every `ab/cd/<sha256>` file of a local asset folder, skipping the spool folder and stray names. */
async function* contentFiles(folder: string): AsyncGenerator<{ sha256: string; file: string }> {
  const names = async (path: string) => (await readdir(path, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const first of (await names(folder)).filter((name) => hexPair.test(name)).sort()) {
    for (const second of (await names(join(folder, first))).filter((name) => hexPair.test(name)).sort()) {
      const files = await readdir(join(folder, first, second), { withFileTypes: true });
      for (const entry of files) {
        if (entry.isFile() && sha256Name.test(entry.name) && entry.name.startsWith(first + second)) {
          yield { sha256: entry.name, file: join(folder, first, second, entry.name) };
        }
      }
    }
  }
}

/**
 * Copies a local asset folder's contents to an S3 bucket under the same content addresses. Resumable:
 * what is already there, whole and with its hash, is skipped. Each upload is hashed on the way and
 * refused when it does not match its address, so a damaged file is reported, never copied.
 */
export async function migrateAssetsToS3(options: {
  from: string;
  to: MigrationTarget;
  onFile?: (sha256: string, outcome: 'copied' | 'skipped' | 'failed') => void;
}): Promise<MigrationSummary> {
  const summary: MigrationSummary = { copied: 0, copiedBytes: 0, skipped: 0, failed: [] };
  for await (const { sha256, file } of contentFiles(options.from)) {
    try {
      const { size } = await stat(file);
      if (await options.to.has(sha256, size)) {
        summary.skipped += 1;
        options.onFile?.(sha256, 'skipped');
        continue;
      }
      await options.to.upload(sha256, file);
      summary.copied += 1;
      summary.copiedBytes += size;
      options.onFile?.(sha256, 'copied');
    } catch (error) {
      summary.failed.push({ sha256, reason: error instanceof Error ? error.message : String(error) });
      options.onFile?.(sha256, 'failed');
    }
  }
  return summary;
}
