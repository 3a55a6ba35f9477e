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
