/** One part of a multipart/form-data body built by hand, as a browser's FormData would send it. */
export type MultipartPart =
  | { kind: 'file'; field: string; filename: string; contentType?: string; data: Uint8Array }
  | { kind: 'field'; field: string; value: string };

/** A multipart/form-data body and its Content-Type header, for app.inject(). */
export function multipartBody(parts: MultipartPart[]): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = '----kiln-test-boundary-7d3f';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.kind === 'file'
      ? `form-data; name="${part.field}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`
      : `form-data; name="${part.field}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push(part.kind === 'file' ? Buffer.from(part.data) : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
