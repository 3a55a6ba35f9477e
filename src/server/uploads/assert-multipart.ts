import type { FastifyRequest } from 'fastify';
import { UnsupportedMediaTypeError } from '../../engine/errors/index.ts';

/** An upload route's first check: anything but multipart/form-data is a 415 naming the type sent and `how` to send it. */
export function assertMultipart(request: FastifyRequest, how: string): void {
  if (request.isMultipart()) return;
  throw new UnsupportedMediaTypeError(`Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here; ${how}`);
}
