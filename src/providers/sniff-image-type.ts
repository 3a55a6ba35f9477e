import { sniffMediaType } from '../media/sniff-media-type.ts';

/**
 * Reads an image's media type from its first bytes: servers answer PNG, JPEG or WebP without always
 * saying which. One sniffer decides for uploads and backends alike (src/media/sniff-media-type.ts).
 */
export function sniffImageType(bytes: Uint8Array): string {
  const sniffed = sniffMediaType(bytes);
  return sniffed?.accepted && sniffed.mediaType.startsWith('image/') ? sniffed.mediaType : 'application/octet-stream';
}
