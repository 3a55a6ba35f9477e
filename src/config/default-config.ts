import type { Capability } from '../providers/spec/index.ts';
import type { KilnConfig } from './kiln-config.ts';

/**
 * The offline lists: every capability that has a built-in model starts on it, so Kiln works with
 * nothing else installed. Transcription and description have none (the illustrator's own scene text
 * is the alt text), so their lists start empty rather than naming models nothing serves.
 */
export const defaultCapabilities: Record<Capability, string[]> = {
  text: ['builtin:storyteller'],
  image: ['builtin:illustrator'],
  restyle: ['builtin:filters'],
  speech: ['builtin:narrator'],
  transcription: [],
  moderation: ['builtin:rules'],
  description: [],
  segmentation: ['builtin:selfie'],
};

/** Everything but the paths, which depend on the working directory. */
export function defaultConfig(): Omit<KilnConfig, 'dataDir'> {
  return {
    configFile: null,
    backends: { builtin: { type: 'builtin' } },
    capabilities: structuredClone(defaultCapabilities),
    // Loopback by default: single-user mode must not be reachable from the network by accident.
    server: { host: '127.0.0.1', port: 8080, auth: {}, rateLimits: {} },
    live: {},
    // Child mode for everyone unless the operator says otherwise.
    safety: { childMode: true, standardModeUsers: [] },
    limits: { uploadBytes: 200 * 1024 * 1024, bodyBytes: 1024 * 1024 },
  };
}
