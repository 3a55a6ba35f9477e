import { ProviderUnavailableError } from '../engine/errors/index.ts';
import type { BackendHealth, FallbackModel, ProviderRegistry } from '../runtime/contracts.ts';
import type { Backend, BackendStatus } from './backend.ts';
import { createFallbackModel, type CallOptionsOf, type OnServed, type RetryPolicy } from './fallback-model.ts';
import { capabilities as allCapabilities, type Capability, type ModelByCapability } from './spec/index.ts';

export interface RegistryOptions {
  /** The backends, each under its own name. */
  backends: Backend[];
  /** The ordered `backend:model` list for each capability. */
  capabilities: Partial<Record<Capability, readonly string[]>>;
  /** How long one backend's health check may take; 2 s by default so a dead server cannot stall /health. */
  healthTimeoutMs?: number;
}

/** Splits `ollama:llama3.2:3b` at the first colon: model names may hold colons themselves. */
export function parseCandidate(candidate: string): { backendName: string; modelId: string } {
  const colon = candidate.indexOf(':');
  if (colon <= 0 || colon === candidate.length - 1) {
    throw new ProviderUnavailableError(`"${candidate}" is not of the form backend:model.`);
  }
  return { backendName: candidate.slice(0, colon), modelId: candidate.slice(colon + 1) };
}

/** The registry over already-made backends; `createProviderRegistry` makes them from the config. */
export function createRegistry(options: RegistryOptions): ProviderRegistry {
  const backends = new Map(options.backends.map((backend) => [backend.name, backend]));
  const timeoutMs = options.healthTimeoutMs ?? 2000;

  function modelById<C extends Capability>(capability: C, backendAndModel: string): ModelByCapability[C] {
    const { backendName, modelId } = parseCandidate(backendAndModel);
    const backend = backends.get(backendName);
    if (!backend) {
      throw new ProviderUnavailableError(`No backend named ${backendName} is configured.`, {
        details: { backend: backendName },
      });
    }
    // The backend says what it lacks (Backend.model throws unsupported); its message names what it has.
    return backend.model(capability, modelId);
  }

  function candidates(capability: Capability): readonly string[] {
    return options.capabilities[capability] ?? [];
  }

  async function checkOne(backend: Backend, outer?: AbortSignal): Promise<BackendHealth> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
    let status: BackendStatus;
    try {
      // Raced as well as signalled: a backend that ignores the signal still cannot hold up the others.
      status = await Promise.race([
        backend.health(signal),
        new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
      ]);
    } catch (error) {
      const reason = timeout.aborted
        ? `did not answer its health check within ${timeoutMs / 1000} s`
        : error instanceof Error ? error.message : String(error);
      status = { state: 'unavailable', reason, device: backend.type === 'builtin' ? 'cpu' : 'remote' };
    }
    // Read after the check: a built-in model found broken by it drops its capability.
    const serves: BackendHealth['serves'] = {};
    for (const capability of allCapabilities) {
      // Only what the backend can serve now: a built-in model a studio has not installed is not listed.
      if (!backend.capabilities.includes(capability)) continue;
      const models = candidates(capability).filter((candidate) => candidate.startsWith(`${backend.name}:`));
      if (models.length > 0) serves[capability] = models.map((candidate) => parseCandidate(candidate).modelId);
    }
    return { name: backend.name, type: backend.type, ...status, serves };
  }

  return {
    model<C extends Capability>(capability: C, modelOptions?: { onServed?: OnServed; retryPolicy?: RetryPolicy<CallOptionsOf<C>> }): FallbackModel<C> {
      return createFallbackModel(capability, candidates(capability), (candidate) => modelById(capability, candidate), modelOptions?.onServed, modelOptions?.retryPolicy);
    },
    modelById,
    candidates,
    health: (signal) => Promise.all([...backends.values()].map((backend) => checkOne(backend, signal))),
    async close() {
      await Promise.allSettled([...backends.values()].map((backend) => backend.close?.()));
    },
  };
}
