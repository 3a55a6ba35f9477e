import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chooseDictionary } from '../../pipelines/vocabulary/analysis/choose-dictionary.ts';
import { capabilities } from '../../providers/spec/index.ts';
import { describeGlossLanguages } from '../../safety/read-idea-with-glosses.ts';
import { ideaReaderState } from '../../safety/idea-meaning/read-idea-meaning.ts';
import { kilnVersion } from '../../runtime/kiln-version.ts';
import { isLoopbackHost } from '../is-loopback-host.ts';
import type { RouteOptions } from './route-options.ts';

/** How long /api/health waits for backends before reporting the slow ones as they stand. */
const backendCheckTimeoutMs = 5000;

export const backendSchema = z.object({
  name: z.string(),
  type: z.string(),
  state: z.enum(['ready', 'unavailable']),
  reason: z.string().optional(),
  device: z.enum(['cuda', 'mps', 'cpu', 'remote']),
  serves: z.record(z.string(), z.array(z.string())),
}).meta({ id: 'BackendHealth' });

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']).describe('`degraded` when a backend is unavailable or could not be checked.'),
  version: z.string(),
  auth: z.enum(['local', 'jwt']),
  database: z.enum(['pglite', 'postgres']).optional(),
  backends: z.array(backendSchema).optional().describe('Only for a signed-in caller (or, in local mode, one on this machine): reasons name internal addresses.'),
  capabilities: z.record(z.string(), z.array(z.string())).optional().describe('Each capability\'s fallback list of `backend:model`; with backends.'),
  dictionary: z.object({ kind: z.enum(['jmdict', 'edict', 'none']), description: z.string() }).optional()
    .describe('The vocabulary studio\'s dictionary for meanings (JMdict, EDICT or none, with what is missing); with backends.'),
  storyLanguages: z.object({
    read: z.array(z.string()).describe('Languages whose story ideas child mode reads through an installed FreeDict dictionary.'),
    missing: z.array(z.object({ language: z.string(), package: z.string() })).describe('Languages refused as unreadable until their Debian package is installed.'),
    description: z.string(),
  }).optional().describe('The story prompt check\'s FreeDict dictionaries (Debian dict-freedict-*-eng); with backends.'),
  ideaReader: z.object({
    state: z.enum(['ready', 'not loaded', 'unavailable']),
    reason: z.string().optional(),
  }).optional().describe('The sentence encoder that reads child-mode story ideas by meaning (loaded on the first idea); unavailable: child mode refuses every idea. With backends.'),
});

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/health', {
    config: { public: true },
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Server, database and backend health',
      description: 'Open to anyone; database, backends and capabilities only with a valid token (JWT mode) or from this machine (local mode).',
      tags: ['health'],
      security: [],
      response: { 200: healthSchema },
    },
  }, async (request) => {
    let backends: z.infer<typeof backendSchema>[] = [];
    let checked = true;
    try {
      backends = await runtime.providers.health(AbortSignal.timeout(backendCheckTimeoutMs));
    } catch (error) {
      request.log.warn({ err: error }, 'backend health check failed');
      checked = false;
    }
    const status = checked && backends.every((backend) => backend.state === 'ready') ? 'ok' as const : 'degraded' as const;
    // Backend reasons carry internal addresses (and any credentials an address held): callers who
    // are not this server's users learn only whether it is up.
    const mayReadDetails = runtime.authMode === 'jwt' ? request.userId !== '' : isLoopbackHost(request.socket.remoteAddress ?? '');
    if (!mayReadDetails) return { status, version: kilnVersion, auth: runtime.authMode };
    return {
      status,
      version: kilnVersion,
      auth: runtime.authMode,
      database: runtime.databaseKind,
      backends,
      capabilities: Object.fromEntries(capabilities.map((capability) => [capability, [...runtime.providers.candidates(capability)]])),
      dictionary: (({ kind, description }) => ({ kind, description }))(chooseDictionary(runtime.config.vocabulary?.jmdictPath)),
      storyLanguages: describeGlossLanguages(),
      ideaReader: ideaReaderState(),
    };
  });

  app.get('/me', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'The signed-in user',
      tags: ['health'],
      response: {
        200: z.object({
          userId: z.string(),
          authMode: z.enum(['local', 'jwt']),
          isAdmin: z.boolean().describe('May change the server\'s settings and use the operator\'s integrations (Anki, Notion, OBS): always in local mode, with `kiln_admin: true` in JWT mode.'),
        }),
      },
    },
  }, async (request) => ({ userId: request.userId, authMode: runtime.authMode, isAdmin: request.isAdmin }));
};
