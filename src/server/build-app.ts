import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LogLevel } from '../config/kiln-config.ts';
import { ConfigError } from '../engine/errors/index.ts';
import { kilnVersion } from '../runtime/kiln-version.ts';
import type { KilnRuntime } from '../runtime/contracts.ts';
import type { AuthOptions } from './auth/auth-options.ts';
import { installAuth } from './auth/install-auth.ts';
import { installLocalRequestGuard } from './auth/local-request-guard.ts';
import { contentSecurityPolicyDirectives } from './content-security-policy-directives.ts';
import { createErrorHandler, handleFrameworkError } from './error-handler.ts';
import { installRequestTextCheck } from './http/check-request-text.ts';
import { installJsonBodyParser } from './http/parse-json-body.ts';
import { loggerOptions, redactUrl, type LoggerSetting } from './logger-options.ts';
import { liveRoutes, type LiveRouteOptions } from './live-style/live-routes.ts';
import { LiveSocketCounter } from './live-style/live-socket-counter.ts';
import { createMetrics, type KilnMetrics } from './metrics.ts';
import { clusterGauges } from './metrics-cluster-gauges.ts';
import { registerRateLimits, type RateLimits } from './rate-limits.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { assetRoutes } from './routes/asset-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { jobRoutes } from './routes/job-routes.ts';
import { metricsRoutes } from './routes/metrics-routes.ts';
import { docsContentSecurityPolicy } from './openapi/docs-content-security-policy.ts';
import { registerProtocolsPage } from './openapi/protocols-route.ts';
import { transformRouteDocument } from './openapi/transform-route-document.ts';
import { musicVideoRoutes } from './routes/music-video-routes.ts';
import { musicVideoLibraryRoutes } from './routes/music-video-library-routes.ts';
import { musicVideoEditRoutes } from './routes/music-video-edit-routes.ts';
import { pipelineRoutes } from './routes/pipeline-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import { notionConnectionRoutes } from './routes/notion-connection-routes.ts';
import { settingsRoutes } from './routes/settings-routes.ts';
import { speechRoutes } from './routes/speech-routes.ts';
import { storyRoutes } from './routes/story-routes.ts';
import { vocabularyRoutes } from './routes/vocabulary-routes.ts';
import { vocabularyReaderRoutes } from './routes/vocabulary-reader-routes.ts';
import { vocabularyRecordingRoutes } from './routes/vocabulary-recording-routes.ts';
import { vocabularyShortsRoutes } from './routes/vocabulary-shorts-routes.ts';
import { vocabularyLiveRoutes } from './vocabulary-live/vocabulary-live-routes.ts';
import { libraryRoutes } from './routes/library-routes.ts';
import { createNotFoundHandler, registerWebApp } from './web-app.ts';

export interface BuildAppOptions {
  /** Who the users are: single local user, or bearer JWTs. */
  auth: AuthOptions;
  /** `true` for info-level JSON logs; an object for pino options (level, stream …). Off when absent. */
  logger?: LoggerSetting;
  /** The log's level when `logger` is `true`; `info` by default (see `KilnConfig.server.logLevel`). */
  logLevel?: LogLevel;
  /** The built web app's folder; served with a fallback to index.html for its own routes. */
  webRoot?: string;
  /** Per-family limits; families not given keep their defaults (see rate-limits.ts). */
  rateLimits?: Partial<RateLimits>;
  /** Largest upload, default 512 MiB. */
  uploadLimitBytes?: number;
  /** Largest JSON body, default 1 MiB. */
  bodyLimitBytes?: number;
  /** Metrics to record into; the runtime's progress events feed the same object's observeProgressEvent. Default: a new one with the cluster gauges. */
  metrics?: KilnMetrics;
  /** Milliseconds between keep-alive comments on event streams, default 15 000. */
  eventsKeepAliveMs?: number;
  /** Limits of the live style studio (sessions, frame size, flood rate) and live sockets per user; defaults when absent. */
  live?: LiveRouteOptions['studio'] & { maxSocketsPerUser?: number };
  /** In local mode, a name besides loopback that requests may be addressed to (a reverse proxy's host). */
  publicHost?: string;
  /** When set, /metrics requires `Authorization: Bearer <it>` (`KILN_METRICS_TOKEN`). */
  metricsToken?: string;
  /** How long one metrics collection answers scrapes, default 1000 ms; 0 collects on every scrape. */
  metricsCacheMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's Prometheus metrics. */
    metrics: KilnMetrics;
  }
}

export const defaultUploadLimitBytes = 512 * 1024 * 1024;
export const defaultBodyLimitBytes = 1024 * 1024;

/** The HTTP app over a runtime, ready for `inject()` or `listen()`; nothing listens yet. */
export async function buildApp(runtime: KilnRuntime, options: BuildAppOptions): Promise<FastifyInstance> {
  if (runtime.authMode !== options.auth.mode) {
    // /api/health reports the runtime's mode; a server checking tokens differently would mislead clients.
    throw new ConfigError(`The runtime is in ${runtime.authMode} auth mode but the server was given ${options.auth.mode} auth; build both from one configuration.`);
  }
  const uploadLimitBytes = options.uploadLimitBytes ?? defaultUploadLimitBytes;
  const bodyLimitBytes = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const metrics = options.metrics ?? createMetrics(clusterGauges(runtime));

  // One access-log line per request (written below) instead of Fastify's two: half the logging on busy polls.
  const app = Fastify({
    logger: loggerOptions(options.logger, process.stdout, options.logLevel),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: bodyLimitBytes,
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Without this, a text/plain body reaches the JSON routes as a string and fails validation with a
  // confusing message; refusing it is a clear 415.
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);
  installRequestTextCheck(app);
  app.setErrorHandler(createErrorHandler({ bodyLimitBytes, uploadLimitBytes }));
  app.setNotFoundHandler(createNotFoundHandler(options.webRoot));
  app.decorate('metrics', metrics);
  installAuth(app, options.auth);
  if (options.auth.mode === 'local') installLocalRequestGuard(app, { publicHost: options.publicHost });
  // Successful reads are most of a busy server's requests (every open page polls its jobs) and
  // nothing an operator acts on, so, as in Grafana or Immich, they are logged only at `debug`;
  // changes and refused requests at `info`. Logging every read cost a fifth of a busy GET's time.
  const readsLogged = app.log.level === 'debug' || app.log.level === 'trace';
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeHttpRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    const read = reply.statusCode < 400 && (request.method === 'GET' || request.method === 'HEAD');
    if (!read || readsLogged) {
      const line = { method: request.method, url: redactUrl(request.url), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 };
      if (read) request.log.debug(line, 'request');
      else request.log.info(line, 'request');
    }
    done();
  });

  await installSecurityHeaders(app, { contentSecurityPolicy: { directives: contentSecurityPolicyDirectives }, apiPrefix: '/api/' });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kiln API',
        version: kilnVersion,
        description: 'Self-hosted AI media studio. Errors answer `{ error: { code, message, details? } }`; each route lists the codes it can '
          + 'answer with. Job progress (server-sent events) and the live websockets: [streaming protocols](/docs/protocols).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          metricsToken: { type: 'http', scheme: 'bearer', description: 'The metrics token (KILN_METRICS_TOKEN), for /metrics only.' },
        },
      },
      security: options.auth.mode === 'jwt' ? [{ bearer: [] }] : [],
    },
    transform: transformRouteDocument,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: docsContentSecurityPolicy,
    uiConfig: { validatorUrl: null },
  });
  await registerProtocolsPage(app);
  await app.register(fastifyMultipart, { limits: { fileSize: uploadLimitBytes, files: 1 } });

  const rateLimits = await registerRateLimits(app, options.rateLimits);
  const routeOptions = { runtime, rateLimits };
  await app.register(healthRoutes, { prefix: '/api', ...routeOptions });
  await app.register(pipelineRoutes, { prefix: '/api', ...routeOptions });
  await app.register(jobRoutes, { prefix: '/api', ...routeOptions, eventsKeepAliveMs: options.eventsKeepAliveMs ?? 15_000 });
  await app.register(assetRoutes, { prefix: '/api', ...routeOptions, uploadLimitBytes });
  await app.register(musicVideoRoutes, { prefix: '/api', ...routeOptions, uploadLimitBytes });
  await app.register(musicVideoLibraryRoutes, { prefix: '/api', ...routeOptions });
  await app.register(musicVideoEditRoutes, { prefix: '/api', ...routeOptions });
  await app.register(libraryRoutes, { prefix: '/api', ...routeOptions });
  const { maxSocketsPerUser, ...studio } = options.live ?? {};
  // One count for every live websocket, so a user's cap holds across the live style and vocabulary routes.
  const liveSockets = new LiveSocketCounter(maxSocketsPerUser);
  await app.register(liveRoutes, { prefix: '/api', ...routeOptions, auth: options.auth, studio, publicHost: options.publicHost, sockets: liveSockets });
  await app.register(profileRoutes, { prefix: '/api', ...routeOptions });
  await app.register(notionConnectionRoutes, { prefix: '/api', ...routeOptions });
  await app.register(settingsRoutes, { prefix: '/api', ...routeOptions });
  await app.register(speechRoutes, { prefix: '/api', ...routeOptions });
  await app.register(storyRoutes, { prefix: '/api', ...routeOptions });
  await app.register(vocabularyRoutes, { prefix: '/api', ...routeOptions });
  await app.register(vocabularyShortsRoutes, { prefix: '/api', ...routeOptions, uploadLimitBytes });
  await app.register(vocabularyRecordingRoutes, { prefix: '/api', ...routeOptions, uploadLimitBytes });
  await app.register(vocabularyReaderRoutes, { prefix: '/api', ...routeOptions });
  await app.register(vocabularyLiveRoutes, { prefix: '/api', ...routeOptions, auth: options.auth, sockets: liveSockets });
  await app.register(metricsRoutes, { metrics, token: options.metricsToken, cacheMs: options.metricsCacheMs });
  if (options.webRoot) await registerWebApp(app, options.webRoot);
  return app;
}
