import { Readable } from 'node:stream';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { formatBytes } from '../http/format-bytes.ts';
import { resolveUploadType, sniffLength } from '../../media/sniff-media-type.ts';

/** The part of a multipart file stream this needs (busboy's file stream). */
export interface UploadFileStream extends Readable {
  /** Set by busboy when the file went past the size limit and was cut. */
  truncated?: boolean;
}

export interface CheckedUpload {
  /** The type decided from the bytes (see resolveUploadType). */
  mediaType: string;
  /** Every byte of the file, head included; errors with PayloadTooLargeError past the limit. */
  data: Readable;
}

/**
 * Reads just enough of an upload to know its type and refuses it (415) before anything is stored.
 * The rest streams through to the store, so a large video never sits in memory; when it turns out
 * larger than the limit the stream fails with 413 and the store, which writes to a temporary name
 * first, keeps nothing.
 */
export async function checkUpload(file: UploadFileStream, declaredType: string | undefined, limitBytes: number): Promise<CheckedUpload> {
  const headChunks: Buffer[] = [];
  let headLength = 0;
  // destroyOnReturn: false leaves the rest of the file in the stream for the store to read.
  for await (const chunk of file.iterator({ destroyOnReturn: false })) {
    headChunks.push(chunk as Buffer);
    headLength += (chunk as Buffer).length;
    if (headLength >= sniffLength) break;
  }
  const head = Buffer.concat(headChunks);
  const tooLarge = () => new PayloadTooLargeError(`The file is larger than the upload limit of ${formatBytes(limitBytes)}.`, {
    details: { limitBytes },
  });
  if (file.truncated) throw tooLarge();
  const resolved = resolveUploadType(head, declaredType);
  if (!resolved.ok) {
    // Let the rest of the request body drain so the client reads the answer instead of a reset.
    file.resume();
    throw new UnsupportedMediaTypeError(resolved.message, { details: { found: resolved.found } });
  }

  async function* wholeFile(): AsyncGenerator<Buffer> {
    yield head;
    for await (const chunk of file) yield chunk as Buffer;
    if (file.truncated) throw tooLarge();
  }
  return { mediaType: resolved.mediaType, data: Readable.from(wholeFile(), { objectMode: false }) };
}
