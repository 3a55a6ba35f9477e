import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { BadInputError, KilnError } from '../../engine/errors/index.ts';
import { assertValidText } from '../http/check-request-text.ts';

export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  parts: number;
}

/**
 * The parts of a multipart request, one at a time. A body the parser cannot read (no boundary, cut
 * off mid-part, a broken part header) becomes one 400 with a sentence instead of a 500, and so does a
 * text field or file name holding a NUL character.
 */
export async function* multipartParts(request: FastifyRequest, limits: MultipartLimits): AsyncGenerator<Multipart> {
  const iterator = request.parts({ limits })[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw asMalformedMultipart(error);
    }
    if (next.done) return;
    // The one text check for multipart, as the JSON body, query and path get theirs in a hook.
    if (next.value.type === 'field') assertValidText({ [next.value.fieldname]: next.value.value }, 'form');
    else assertValidText(next.value.filename, 'form', [`${next.value.fieldname} (file name)`]);
    yield next.value;
  }
}

/** Known parser complaints (busboy's) become BadInputError; Kiln's and Fastify's own errors pass unchanged. */
export function asMalformedMultipart(error: unknown): unknown {
  if (error instanceof KilnError || !(error instanceof Error) || 'code' in error) return error;
  if (!/boundary|unexpected end|malformed|multipart|part header/i.test(error.message)) return error;
  return new BadInputError(`The multipart body could not be read (${error.message.replace(/\.$/, '')}); send multipart/form-data with its boundary in the Content-Type header and the whole body, as a browser's FormData does.`, {
    cause: error,
  });
}
