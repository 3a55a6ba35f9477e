import type { PassedOver, StepServices } from '../../engine/step.ts';
import { createFallbackModel, type OnServed } from '../../providers/fallback-model.ts';
import { parseCandidate } from '../../providers/registry.ts';
import type { Capability } from '../../providers/spec/index.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import { optionalService } from '../../runtime/step-services.ts';

/** A backend's type by its name, from the config when the step has one (a worker's services do). */
export type BackendTypeOf = (backendName: string) => string | undefined;

export function backendTypeOf(services: StepServices): BackendTypeOf {
  const config = optionalService(services, 'config');
  return (backendName) => config?.backends?.[backendName]?.type;
}

/** Whether a `backend:model` is a built-in model (the storyteller, which is not a language model); without a config, the backend named `builtin` is. */
export function isBuiltinCandidate(candidate: string, typeOf: BackendTypeOf): boolean {
  try {
    const { backendName } = parseCandidate(candidate);
    return (typeOf(backendName) ?? backendName) === 'builtin';
  } catch {
    return false;
  }
}

/**
 * The registry with its text list cut to the built-in models: for a child-mode story whose idea no
 * language model could be asked about, so only the storyteller, which reads only the parts of the idea it
 * knows, may write it (a language model that comes back meanwhile must not write an unchecked idea).
 * `passedOver` (the models the check tried, with why) is reported with each call, as a fallback would.
 */
export function builtinTextOnly(providers: ProviderRegistry, typeOf: BackendTypeOf, passedOver: readonly PassedOver[] = []): ProviderRegistry {
  const builtin = providers.candidates('text').filter((candidate) => isBuiltinCandidate(candidate, typeOf));
  const model = (capability: Capability, options?: Parameters<ProviderRegistry['model']>[1]) => {
    if (capability !== 'text') return providers.model(capability, options);
    const onServed: OnServed = (candidate, skipped, served) => options?.onServed?.(candidate, [...passedOver, ...skipped], served);
    return createFallbackModel('text', builtin, (candidate) => providers.modelById('text', candidate), onServed);
  };
  return {
    model: model as ProviderRegistry['model'],
    modelById: (capability, backendAndModel) => providers.modelById(capability, backendAndModel),
    candidates: (capability) => (capability === 'text' ? builtin : providers.candidates(capability)),
    health: (signal) => providers.health(signal),
    close: () => providers.close(),
  };
}
