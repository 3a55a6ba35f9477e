import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorCodesFor, errorResponses, type DocumentedRoute } from './error-responses.ts';
import { multipartBodies } from './multipart-bodies.ts';

const progressEventTypes = ['snapshot', 'job-start', 'step-start', 'step-progress', 'step-end', 'job-end', 'job-error'];

/** The event stream's 200, which a JSON schema cannot describe. */
const eventStreamResponse = {
  description: `Server-sent events, one of: ${progressEventTypes.map((type) => `\`${type}\``).join(', ')}. `
    + 'Each event\'s data is one line of JSON; see [the protocols page](/docs/protocols).',
  content: {
    'text/event-stream': {
      schema: { type: 'string' },
      example: 'event: snapshot\ndata: {"id":"…","state":"running","progress":0.25,…}\n\n'
        + 'event: step-progress\ndata: {"type":"step-progress","jobId":"…","step":"render","fraction":0.5}\n\n',
    },
  },
};

/**
 * The zod-to-JSON-schema transform, plus what the route schemas cannot say: each route's error
 * responses from the error catalogue, the form fields of the multipart uploads, and the event stream.
 */
export const transformRouteDocument: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  if (!url.startsWith('/api/')) return { schema, url };
  const route = input.route as unknown as DocumentedRoute;
  const document = { ...schema } as Record<string, unknown> & { response?: Record<string, unknown> };
  const methods = [route.method].flat().map((method) => method.toUpperCase());
  const multipart = methods.map((method) => multipartBodies[`${method} ${url}`]).find(Boolean);
  if (multipart && !document.body) document.body = multipart;
  // A route's own answer for a status wins over the catalogue's.
  const response = { ...errorResponses(errorCodesFor({ ...route, url })), ...document.response };
  if (url === '/api/jobs/:id/events') response['200'] = eventStreamResponse;
  document.response = response;
  return { schema: document, url };
};
