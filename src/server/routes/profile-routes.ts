import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConfigError } from '../../engine/errors/index.ts';
import { childProfileSchema, createProfileStore, profileChangesSchema, profileFieldsSchema } from '../../pipelines/story/profile-store.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import type { RouteOptions } from './route-options.ts';

const params = z.object({ id: z.string().min(1).max(100) });

/** The story routes need the database; a runtime without one is a wiring mistake, said plainly. */
export function databaseOf(runtime: KilnRuntime) {
  if (!runtime.database) throw new ConfigError('This runtime has no database, so profiles and stories are not available.');
  return runtime.database;
}

/** Child profiles: a parent's own, private to them (another user's id answers 404). */
export const profileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  const profiles = () => createProfileStore(databaseOf(runtime));

  app.post('/profiles', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Add a child profile', tags: ['profiles'], body: profileFieldsSchema, response: { 201: childProfileSchema } },
  }, async (request, reply) => reply.code(201).send(await profiles().create(request.userId, request.body)));

  app.get('/profiles', {
    onRequest: rateLimits.reads,
    schema: { summary: 'Your child profiles, newest first', tags: ['profiles'], response: { 200: z.object({ profiles: z.array(childProfileSchema) }) } },
  }, async (request) => ({ profiles: await profiles().list(request.userId) }));

  app.get('/profiles/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One child profile', tags: ['profiles'], params, response: { 200: childProfileSchema } },
  }, async (request) => profiles().get(request.userId, request.params.id));

  app.patch('/profiles/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Change a child profile', tags: ['profiles'], params, body: profileChangesSchema, response: { 200: childProfileSchema } },
  }, async (request) => profiles().update(request.userId, request.params.id, request.body));

  app.delete('/profiles/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Delete a child profile (its stories stay in the library)', tags: ['profiles'], params },
  }, async (request, reply) => {
    await profiles().delete(request.userId, request.params.id);
    return reply.code(204).send();
  });
};
