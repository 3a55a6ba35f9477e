import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import { BadInputError } from '../engine/errors/index.ts';

/**
 * Where an asset store keeps the bytes, by sha256: a local folder or an S3-compatible bucket. The
 * records (who owns what) stay in the database; see createRecordedAssetStore.
 */
export interface AssetContents extends Pick<AssetStore, 'read' | 'stream' | 'localFile' | 'withLocalFile' | 'presignedUrl'> {
  /** `local` or `s3`, for messages and tests. */
  readonly kind: 'local' | 's3';
  /** A folder on this machine where `put` spools incoming bytes while hashing them. */
  readonly spoolFolder: string;
  /** Whether the content of `sha256` is stored, whole (`sizeBytes` long). */
  has(sha256: string, sizeBytes: number): Promise<boolean>;
  /**
   * Before the content lock: a slow copy (an upload) happens here, so no database transaction stays
   * open for its length. Absent where keeping is cheap (a rename).
   */
  prepare?(sha256: string, file: string, sizeBytes: number): Promise<void>;
  /** Under the content lock: makes the spooled `file` the content of `sha256` unless it is there already. */
  keep(sha256: string, file: string, sizeBytes: number): Promise<void>;
  /** Under the content lock, once no record points at the content any more. */
  remove(sha256: string): Promise<void>;
}

/** `ab/cd/<sha256>`: the content address as a relative path or key; refuses anything but a sha256. */
export function contentPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a sha256: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** Throws BadInputError unless `range` (inclusive end) lies within the asset. */
export function checkByteRange(asset: AssetRecord, range: { start: number; end: number }): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= asset.sizeBytes) {
    throw new BadInputError(`Byte range ${start}-${end} is outside the asset (${asset.sizeBytes} bytes); ask for a range within it.`);
  }
}
