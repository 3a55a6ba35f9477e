import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { backendSchemas } from '../../config/config-file-schema.ts';
import { readEditableConfig, type EditableConfig } from '../../config/read-editable-config.ts';
import { writeConfigFile } from '../../config/write-config-file.ts';
import { ConflictError, ForbiddenError } from '../../engine/errors/index.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { checkBackendEntry } from '../settings/check-backend-entry.ts';
import { checkBackendVariables } from '../settings/check-backend-variables.ts';
import { backendTestSchema, configChangeSchema, detectQuerySchema, discoveredServerSchema, editableConfigSchema } from '../settings/settings-schemas.ts';
import { detectBackends, detectTargets } from '../../providers/discovery/detect-backends.ts';
import { z } from 'zod';
import { backendSchema as backendHealthSchema } from './health-routes.ts';
import type { RouteOptions } from './route-options.ts';

/** How long "Test connection" waits for a backend's answer. */
const testTimeoutMs = 5000;

async function requireAdmin(request: FastifyRequest) {
  if (!request.isAdmin) {
    throw new ForbiddenError('Only an administrator can see or change the server\'s backends; ask for a token with the kiln_admin claim.');
  }
}

function sourceOf(runtime: KilnRuntime) {
  if (!runtime.configSource || !runtime.replaceProviders) {
    throw new ConflictError('This server was started without a configuration source, so its settings cannot be changed here.');
  }
  return { source: runtime.configSource, replaceProviders: runtime.replaceProviders };
}

function describe(config: EditableConfig) {
  return {
    file: config.file,
    exists: config.exists,
    writable: config.format === 'json',
    backends: config.backends,
    capabilities: config.capabilities as Record<string, string[]>,
    environmentOverrides: config.environmentOverrides,
    backendTypes: Object.keys(backendSchemas),
  };
}

/**
 * The server's backends and fallback lists, for administrators: read the config file, save a change
 * (checked, written atomically, in force at once without a restart), and test a backend before saving.
 */
export const settingsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/settings/config', {
    onRequest: rateLimits.reads,
    config: { errorCodes: ['forbidden', 'conflict'] },
    preHandler: requireAdmin,
    schema: {
      summary: 'The config file\'s backends and fallback lists (administrators)',
      description: 'As written in the file, without the environment\'s overrides. Administrators: local mode, or a token with `kiln_admin: true`.',
      tags: ['settings'],
      response: { 200: editableConfigSchema },
    },
  }, async () => describe(await readEditableConfig(sourceOf(runtime).source)));

  app.put('/settings/config', {
    onRequest: rateLimits['jobs-create'],
    // 409: a YAML config file, which the page does not rewrite.
    config: { errorCodes: ['conflict'] },
    preHandler: requireAdmin,
    schema: {
      summary: 'Replace the backends and fallback lists (administrators)',
      description: 'Checked as the server checks the file at start (secrets only as names of environment variables: from here, names '
        + 'starting with KILN_BACKEND_, or the name the file already gives that backend; never one of Kiln\'s own secrets), written under a '
        + 'temporary name and renamed, then in force at once; running jobs finish with the backends they started with.',
      tags: ['settings'],
      body: configChangeSchema,
      response: { 200: editableConfigSchema },
    },
  }, async (request) => {
    const { source, replaceProviders } = sourceOf(runtime);
    const saved = (await readEditableConfig(source)).backends;
    checkBackendVariables(request.body.backends, saved, runtime.config, (name) => ['backends', name]);
    const config = await writeConfigFile(source, request.body);
    await replaceProviders(config);
    request.log.info({ file: config.configFile, backends: Object.keys(config.backends) }, 'settings saved; backends reloaded');
    return describe(await readEditableConfig(source));
  });

  app.post('/settings/backends/test', {
    onRequest: rateLimits['jobs-create'],
    preHandler: requireAdmin,
    schema: {
      summary: 'Check a backend entry\'s connection without saving it (administrators)',
      tags: ['settings'],
      body: backendTestSchema,
      response: { 200: backendHealthSchema },
    },
  }, async (request, reply) => {
    const { name, backend } = request.body;
    // Without a config file to compare with, only KILN_BACKEND_ names pass.
    const saved = runtime.configSource ? (await readEditableConfig(runtime.configSource)).backends : {};
    checkBackendVariables({ [name]: backend }, saved, runtime.config, () => ['backend']);
    return checkBackendEntry(name, backend, runtime.config, AbortSignal.any([clientGoneSignal(reply), AbortSignal.timeout(testTimeoutMs)]));
  });

  app.get('/settings/backends/detect', {
    onRequest: rateLimits['jobs-create'],
    preHandler: requireAdmin,
    schema: {
      summary: 'Find model servers running on this machine (administrators)',
      description: 'Looks for Ollama, OpenAI-compatible servers (llama.cpp, vLLM, LM Studio), ComfyUI, AUTOMATIC1111/Forge, Kokoro-FastAPI, '
        + 'Style-Bert-VITS2, AnkiConnect and OBS at their default ports on 127.0.0.1 (never Kiln\'s own), each with its own short timeout, '
        + 'and lists their models. With `address`, looks only there. A server that answers wrongly is listed as unusable with the reason.',
      tags: ['settings'],
      querystring: detectQuerySchema,
      response: { 200: z.object({ servers: z.array(discoveredServerSchema) }) },
    },
  }, async (request) => {
    // KILN_DETECT_PORTS (kind=port,...) replaces the default ports: tests point it at their stand-ins.
    const environment = runtime.configSource?.env ?? process.env;
    const servers = await detectBackends({
      address: request.query.address?.trim() || undefined,
      targets: detectTargets(environment.KILN_DETECT_PORTS),
      ownPort: request.socket.localPort,
      signal: request.signal,
    });
    return { servers };
  });
};
