import type { Capability } from '../providers/spec/index.ts';
import type { KilnConfig } from './kiln-config.ts';

/**
 * The offline lists: every capability that has a built-in model starts on it, so Kiln works with
 * nothing else installed. Transcription, description and video have none (the illustrator's own scene text
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
  // No built-in clip model: the music video's Ken Burns motion is its step's last resort. Left empty,
  // the list is every comfyui backend with a videoWorkflow (videoCandidates), so adding one is enough.
  video: [],
};

/**
 * The video list the registry uses: the configured one, or when that names nothing every `comfyui`
 * backend with a `videoWorkflow`, in the order configured (`name:video-workflow`). Without this a
 * ComfyUI video workflow a person adds would sit unused unless they also found the list.
 */
export function videoCandidates(config: Pick<KilnConfig, 'backends' | 'capabilities'>): string[] {
  // `builtin:ken-burns` written last, as other lists end on their built-in, is the step's last resort
  // already; left in, it would be "passed over" as a backend with no video models before serving.
  // Written alone it is how a studio turns ComfyUI motion off while keeping the backend for pictures.
  const named = config.capabilities.video ?? [];
  if (named.length > 0) return named.filter((candidate) => candidate !== 'builtin:ken-burns');
  return Object.entries(config.backends)
    .filter(([, backend]) => backend.type === 'comfyui' && typeof backend.videoWorkflow === 'object' && backend.videoWorkflow !== null)
    .map(([name]) => `${name}:video-workflow`);
}

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
