import { errorCatalogue, type ErrorCode } from '../../engine/errors/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Error codes this route answers besides the ones every route of its kind does (see errorCodesFor). */
    errorCodes?: ErrorCode[];
  }
}

/** What a route looks like to the error documentation. */
export interface DocumentedRoute {
  method: string | string[];
  url: string;
  schema?: { body?: unknown; querystring?: unknown; params?: unknown; consumes?: readonly string[] };
  config?: { public?: boolean; errorCodes?: ErrorCode[] };
}

const errorBodySchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorCatalogue), description: 'From the error catalogue (README, "Error codes").' },
        message: { type: 'string', description: 'What went wrong and what to do, in a sentence.' },
        details: { type: 'object', additionalProperties: true, description: 'Structured facts, e.g. the bad `field`.' },
      },
    },
  },
};

/**
 * The codes a route can answer with, from what it is: every API route can be rate limited or fail
 * inside; one behind sign-in answers 401; one with input 400; one with an id in its path 404; a change
 * can be refused (403: another site in local mode, no right) or be too large or of the wrong type.
 */
export function errorCodesFor(route: DocumentedRoute): ErrorCode[] {
  const methods = [route.method].flat().map((method) => method.toUpperCase());
  const changes = methods.some((method) => method !== 'GET' && method !== 'HEAD');
  const schema = route.schema ?? {};
  const codes = new Set<ErrorCode>(['rate_limited', 'internal']);
  if (!route.config?.public) codes.add('unauthorized');
  if (changes || schema.body || schema.querystring || schema.params) codes.add('bad_input');
  if (route.url.includes('/:')) codes.add('not_found');
  if (changes) ['forbidden', 'payload_too_large', 'unsupported_media_type'].forEach((code) => codes.add(code as ErrorCode));
  for (const code of route.config?.errorCodes ?? []) codes.add(code);
  return [...codes];
}

/** OpenAPI responses for the codes, by HTTP status; codes that share a status are examples of one response. */
export function errorResponses(codes: ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(errorCatalogue[code].status, [...(byStatus.get(errorCatalogue[code].status) ?? []), code]);
  const responses: Record<string, unknown> = {};
  for (const [status, sharing] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: sharing.map((code) => `\`${code}\`: ${errorCatalogue[code].summary}`).join(' '),
      content: {
        'application/json': {
          schema: errorBodySchema,
          examples: Object.fromEntries(sharing.map((code) => [code, { value: { error: { code, message: errorCatalogue[code].summary } } }])),
        },
      },
    };
  }
  return responses;
}
