import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createNotionConnectionStore, notionConnectionSchema, notionConnectionStatusSchema,
} from '../../pipelines/vocabulary/sync/notion-connection-store.ts';
import { databaseOf } from './profile-routes.ts';
import type { RouteOptions } from './route-options.ts';

/**
 * A user's own Notion connection, so sending words to Notion needs no config key or environment
 * variable: set (or replace) the integration token and database, see whether it is set, remove it.
 * Private to its owner, for every signed-in user; the token is written, never read back.
 */
export const notionConnectionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  const connections = () => createNotionConnectionStore(databaseOf(runtime), runtime.config);

  app.get('/connections/notion', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Whether you have connected your own Notion',
      description: 'The database the words go to and when it was set; never the token.',
      tags: ['vocabulary'], response: { 200: notionConnectionStatusSchema },
    },
  }, async (request) => connections().describe(request.userId));

  app.put('/connections/notion', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Connect your own Notion, or replace the connection',
      description: '`token`: the secret of an integration made at notion.so/my-integrations; `databaseId`: the id or the address of a '
        + 'database shared with it (Connections, then the integration). Sending to Notion then writes there, for any signed-in user. '
        + 'The answer says only that it is connected.',
      tags: ['vocabulary'], body: notionConnectionSchema, response: { 200: notionConnectionStatusSchema },
    },
  }, async (request) => {
    await connections().set(request.userId, request.body);
    return connections().describe(request.userId);
  });

  app.delete('/connections/notion', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Forget your Notion connection and its token', tags: ['vocabulary'] },
  }, async (request, reply) => {
    await connections().remove(request.userId);
    return reply.code(204).send();
  });
};
