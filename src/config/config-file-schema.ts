import { z } from 'zod';
import { capabilities } from '../providers/spec/index.ts';
import { logLevels } from './kiln-config.ts';

/** `ollama:llama3.2`, `builtin:rules`; model names may hold colons (`ollama:llama3.2:3b`). */
export const candidateSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+:\S+$/, 'expected "backend:model", e.g. "ollama:llama3.2"');

export const backendNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, 'a backend name uses letters, digits, "_", "-" and "." (no colon)');

const environmentVariableSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, e.g. OPENAI_API_KEY');

const httpURL = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' });

/** An API-format ComfyUI graph ("Save (API)"): node id → `{ class_type, inputs }`. */
export const comfyWorkflowSchema = z.record(z.string(), z.looseObject({
  class_type: z.string().min(1, 'name the node class, e.g. KSampler'),
  inputs: z.record(z.string(), z.unknown()),
  _meta: z.looseObject({ title: z.string().optional() }).optional(),
}));

/** An AUTOMATIC1111 backend's own settings (the entry without `type`); its factory takes this type. */
export const automatic1111SettingsSchema = z.strictObject({
  baseURL: httpURL.optional(),
  steps: z.int().min(1).max(150).optional(),
  cfgScale: z.number().min(0).max(30).optional(),
  samplerName: z.string().min(1).optional(),
  negativePrompt: z.string().optional(),
  maxSide: z.int().min(64).max(2048).optional(),
  defaultStrength: z.number().min(0).max(1).optional(),
  // How far an image drawn from a character picture (img2img) may move from it.
  referenceStrength: z.number().min(0).max(1).optional(),
});

/** A ComfyUI backend's own settings (the entry without `type`); its factory takes this type. */
export const comfyUiSettingsSchema = z.strictObject({
  baseURL: httpURL.optional(),
  // An API-format workflow graph exported from ComfyUI; the built-in SD-Turbo img2img graph when absent.
  workflow: comfyWorkflowSchema.optional(),
  // Graphs for drawing pictures (placeholders incl. {{image}} for a reference) and for image-to-video
  // clips between two pictures ({{start_image}}, {{end_image}}, {{frames}}, {{fps}}, {{prompt}}).
  imageWorkflow: comfyWorkflowSchema.optional(),
  videoWorkflow: comfyWorkflowSchema.optional(),
  referenceStrength: z.number().min(0).max(1).optional(),
  videoTimeoutMs: z.int().min(1000).optional(),
  steps: z.int().min(1).max(150).optional(),
  cfg: z.number().min(0).max(30).optional(),
  negativePrompt: z.string().optional(),
  maxSide: z.int().min(64).max(2048).optional(),
  defaultStrength: z.number().min(0).max(1).optional(),
  timeoutMs: z.int().min(100).optional(),
});

/** Settings per known backend type; unknown fields are refused so a typo does not pass silently. */
export const backendSchemas: Record<string, z.ZodType> = {
  builtin: z.strictObject({ type: z.literal('builtin') }),
  openai: z.strictObject({
    type: z.literal('openai'),
    baseURL: httpURL,
    apiKeyEnv: environmentVariableSchema.optional(),
    headers: z.record(z.string(), z.string()).optional(),
    voice: z.string().min(1).optional(),
  }),
  ollama: z.strictObject({
    type: z.literal('ollama'),
    baseURL: httpURL.optional(),
    keepAlive: z.string().min(1).optional(),
  }),
  llamacpp: z.strictObject({
    type: z.literal('llamacpp'),
    modelPath: z.string().min(1, 'give the path of a .gguf file'),
    gpu: z.union([z.enum(['auto', 'cuda', 'vulkan', 'metal']), z.literal(false)], { error: 'expected auto, cuda, vulkan, metal or false' }).optional(),
    contextSize: z.int().min(64).optional(),
    threads: z.int().min(1).optional(),
  }),
  'azure-content-safety': z.strictObject({ type: z.literal('azure-content-safety'), endpoint: httpURL, apiKeyEnv: environmentVariableSchema }),
  'azure-vision': z.strictObject({ type: z.literal('azure-vision'), endpoint: httpURL, apiKeyEnv: environmentVariableSchema }),
  gemini: z.strictObject({ type: z.literal('gemini'), baseURL: httpURL.optional(), apiKeyEnv: environmentVariableSchema }),
  'llama-guard': z.strictObject({
    type: z.literal('llama-guard'),
    baseURL: httpURL,
    api: z.enum(['ollama', 'openai']).optional(),
    apiKeyEnv: environmentVariableSchema.optional(),
    role: z.enum(['User', 'Agent']).optional(),
  }),
  'style-bert-vits2': z.strictObject({ type: z.literal('style-bert-vits2'), baseURL: httpURL, style: z.string().min(1).optional(), styleWeight: z.number().min(0).max(20).optional() }),
  automatic1111: automatic1111SettingsSchema.extend({ type: z.literal('automatic1111') }),
  comfyui: comfyUiSettingsSchema.extend({ type: z.literal('comfyui') }),
};

/** A type Kiln does not know may come from a plugin: only `type` is checked. */
export const otherBackendSchema = z.looseObject({ type: z.string().min(1, 'name the backend type') });

const bucketNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'expected a bucket name: 3 to 63 lower-case letters, digits, "." and "-"');

/** Where assets' bytes live; credentials for `s3` come from the environment only. */
const assetsSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('local') }),
  z.strictObject({
    type: z.literal('s3'),
    bucket: bucketNameSchema,
    endpoint: httpURL.optional(),
    region: z.string().min(1).optional(),
    forcePathStyle: z.boolean().optional(),
    presignedUrls: z.boolean().optional(),
    presignedUrlSeconds: z.int().min(10).max(3600).optional(),
    accessKeyIdEnv: environmentVariableSchema.optional(),
    secretAccessKeyEnv: environmentVariableSchema.optional(),
  }),
], { error: 'expected type "local" or "s3"' });

export const configFileSchema = z.strictObject({
  /** Lets editors attach a JSON schema; ignored. */
  $schema: z.string().optional(),
  dataDir: z.string().min(1).optional(),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL').optional(),
  backends: z.record(backendNameSchema, z.looseObject({ type: z.string() })).optional(),
  capabilities: z
    .strictObject(Object.fromEntries(capabilities.map((capability) => [capability, z.array(candidateSchema).optional()])))
    .optional(),
  server: z
    .strictObject({
      host: z.string().min(1).optional(),
      port: z.int().min(0).max(65535).optional(),
      publicHost: z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$/, 'expected a host name, e.g. kiln.home.arpa').optional(),
      metricsTokenEnv: environmentVariableSchema.optional(),
      logLevel: z.enum(logLevels).optional(),
      auth: z
        .strictObject({
          jwtSecretEnv: environmentVariableSchema.optional(),
          jwksUrl: httpURL.optional(),
          issuer: z.string().min(1).optional(),
          audience: z.string().min(1).optional(),
          maxTokenLifetimeSeconds: z.int().min(60).optional(),
        })
        .optional(),
      rateLimits: z
        .record(z.string(), z.strictObject({ max: z.int().positive(), timeWindow: z.union([z.string().min(1), z.int().positive()]) }))
        .optional(),
    })
    .optional(),
  live: z
    .strictObject({
      maxActiveSessions: z.int().min(1).max(1000).optional(),
      concurrency: z.int().min(1).max(64).optional(),
      maxFrameBytes: z.int().min(1024).max(64 * 1024 * 1024).optional(),
      maxFramesPerSecond: z.int().min(1).max(240).optional(),
      maxSessionsPerOwner: z.int().min(1).max(1000).optional(),
      maxSocketsPerUser: z.int().min(1).max(1000).optional(),
      idleSessionMs: z.int().min(1000).optional(),
    })
    .optional(),
  vocabulary: z
    .strictObject({
      jmdictPath: z.string().min(1).optional(),
      notion: z.strictObject({ databaseId: z.string().min(1).optional(), tokenEnv: environmentVariableSchema.optional() }).optional(),
      anki: z.strictObject({ url: httpURL.optional(), deck: z.string().min(1).optional(), noteType: z.string().min(1).optional() }).optional(),
      /** The live bilingual mode's OBS link; its password comes from the environment (KILN_OBS_PASSWORD) only. */
      live: z.strictObject({
        obs: z.strictObject({ address: z.string().regex(/^wss?:\/\/\S+$/, 'expected a ws:// address, e.g. ws://127.0.0.1:4455'), textSource: z.string().min(1).optional() }).optional(),
        voice: z.string().min(1).optional(),
        modelTimeoutMs: z.int().min(100).max(120_000).optional(),
      }).optional(),
    })
    .optional(),
  assets: assetsSchema.optional(),
  jobs: z.strictObject({ perUserConcurrency: z.int().min(1).max(1000).optional() }).optional(),
  /** `kiln worker`'s own metrics listener; absent port: none. */
  worker: z.strictObject({ metricsPort: z.int().min(0).max(65535).optional(), metricsHost: z.string().min(1).optional() }).optional(),
  safety: z
    .strictObject({
      termsFile: z.string().min(1).optional(),
      childMode: z.boolean().optional(),
      standardModeUsers: z.array(z.string().min(1)).optional(),
      ideaCheckInStandardMode: z.boolean().optional(),
    })
    .optional(),
  limits: z
    .strictObject({ uploadBytes: z.int().positive().optional(), bodyBytes: z.int().positive().optional() })
    .optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;
