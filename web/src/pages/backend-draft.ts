/**
 * A backend entry as the settings form edits it: the fields most backends share (address, the
 * variable holding the API key) as inputs of their own, and every other setting as JSON.
 */
import type { BackendEntry } from '../api/api-types.ts';

export interface BackendDraft {
  /** Stable across renames, for React's list keys. */
  key: string;
  name: string;
  type: string;
  address: string;
  apiKeyEnv: string;
  /** The remaining settings as JSON text, e.g. `{ "keepAlive": "5m" }`. */
  otherSettings: string;
}

/** The setting that holds a backend's address; none for backends that run inside Kiln. */
export function addressField(type: string): 'baseURL' | 'endpoint' | undefined {
  if (type === 'builtin' || type === 'llamacpp') return undefined;
  return type.startsWith('azure-') ? 'endpoint' : 'baseURL';
}

let nextKey = 0;

export function toDraft(name: string, entry: BackendEntry): BackendDraft {
  const { type, apiKeyEnv, ...rest } = entry;
  const field = addressField(type);
  const address = field && typeof rest[field] === 'string' ? (rest[field] as string) : '';
  if (field) delete rest[field];
  return {
    key: `backend-${nextKey++}`,
    name,
    type,
    address,
    apiKeyEnv: typeof apiKeyEnv === 'string' ? apiKeyEnv : '',
    otherSettings: Object.keys(rest).length > 0 ? JSON.stringify(rest, null, 2) : '',
  };
}

/** The entry to save or test; throws an Error naming the backend when its other settings are not a JSON object. */
export function toEntry(draft: BackendDraft): BackendEntry {
  let other: unknown = {};
  if (draft.otherSettings.trim()) {
    try {
      other = JSON.parse(draft.otherSettings);
    } catch {
      throw new Error(`${draft.name || 'A backend'}: “Other settings” is not valid JSON.`);
    }
    if (!other || typeof other !== 'object' || Array.isArray(other)) {
      throw new Error(`${draft.name || 'A backend'}: “Other settings” must be a JSON object, e.g. { "keepAlive": "5m" }.`);
    }
  }
  const field = addressField(draft.type);
  return {
    ...(other as Record<string, unknown>),
    type: draft.type,
    ...(field && draft.address.trim() ? { [field]: draft.address.trim() } : {}),
    ...(draft.apiKeyEnv.trim() ? { apiKeyEnv: draft.apiKeyEnv.trim() } : {}),
  };
}
