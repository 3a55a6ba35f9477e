import { z } from 'zod';
import { backendNameSchema, candidateSchema } from '../../config/config-file-schema.ts';
import { capabilities } from '../../providers/spec/index.ts';

/** One backend as written in the config file: its `type` and that type's settings (checked on save). */
export const backendEntrySchema = z.looseObject({ type: z.string().min(1, 'name the backend type') }).meta({
  id: 'BackendEntry',
  example: { type: 'ollama', baseURL: 'http://127.0.0.1:11434' },
});

const capabilityListsSchema = z.strictObject(
  Object.fromEntries(capabilities.map((capability) => [capability, z.array(candidateSchema).optional()])),
).describe('For each capability, the `backend:model` list tried in order; a capability left out keeps its default list.');

/** What PUT /api/settings/config takes: the file's backends and fallback lists, replaced whole. */
export const configChangeSchema = z.strictObject({
  backends: z.record(backendNameSchema, backendEntrySchema),
  capabilities: capabilityListsSchema,
});

export const editableConfigSchema = z.object({
  file: z.string().describe('The config file edits go to.'),
  exists: z.boolean().describe('False until the first save creates it.'),
  writable: z.boolean().describe('False for a YAML file, which is edited by hand.'),
  backends: z.record(z.string(), backendEntrySchema),
  capabilities: z.record(z.string(), z.array(z.string())),
  environmentOverrides: z.array(z.string()).describe('Capabilities whose list a KILN_<CAPABILITY> variable sets; the variable wins over the file.'),
  backendTypes: z.array(z.string()).describe('The backend types this server knows.'),
}).meta({ id: 'EditableConfig' });

export const backendTestSchema = z.strictObject({
  name: backendNameSchema,
  backend: backendEntrySchema,
});

const discoveredModelSchema = z.object({
  id: z.string().describe('The id the server knows the model by, e.g. `llama3.2:latest`.'),
  capabilities: z.array(z.enum(capabilities)).describe('What it is probably for, most likely first; a hint, not a rule.'),
  hint: z.string().optional().describe('Why, in a few words, e.g. `vision model: can describe pictures`.'),
});

/** One server discovery found (GET /api/settings/backends/detect). */
export const discoveredServerSchema = z.object({
  kind: z.string().describe('`ollama`, `openai-compatible`, `comfyui`, `automatic1111`, `kokoro-fastapi`, `style-bert-vits2`, `ankiconnect`, `obs-websocket`.'),
  label: z.string().describe('The name people know it by.'),
  address: z.string(),
  state: z.enum(['usable', 'unusable']).describe('`unusable`: something answered there, but not as that server\'s API documents (see reason).'),
  reason: z.string().optional(),
  backend: z.looseObject({ type: z.string() }).optional().describe('The backend entry to add for it; absent for tools that are not backends (AnkiConnect, OBS).'),
  suggestedName: z.string().optional(),
  models: z.array(discoveredModelSchema),
  usedFor: z.string().optional().describe('What Kiln uses a tool for when it is not a backend.'),
}).meta({ id: 'DiscoveredServer' });

export const detectQuerySchema = z.strictObject({
  address: z.string().max(300).optional().describe('An address to look at instead of loopback\'s default ports, e.g. `http://192.168.1.20:11434`.'),
});
