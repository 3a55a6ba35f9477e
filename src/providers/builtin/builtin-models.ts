import { ConflictError, ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Capability, ModelByCapability, ModelIdentity } from '../spec/index.ts';
import { createRulesModerationModel } from './rules-moderation-model.ts';

/** Makes a built-in model; it receives the identity to carry (`provider` is the backend's configured name). */
export type BuiltinModelFactory<C extends Capability> = (identity: ModelIdentity) => ModelByCapability[C];

/**
 * The offline models, by capability and name. The built-in backend's default catalog registers each
 * studio's model by name (studio-model-catalog.ts); tests build their own.
 */
export class BuiltinModelCatalog {
  private readonly factories = new Map<Capability, Map<string, BuiltinModelFactory<Capability>>>();
  private readonly checks: Array<{ capability: Capability; modelId: string; problem: () => Promise<string | undefined> }> = [];
  private readonly disabled = new Set<Capability>();

  /** `problem` says, in a sentence, why the model cannot run now (a model file missing or broken), or undefined. */
  register<C extends Capability>(capability: C, modelId: string, factory: BuiltinModelFactory<C>, problem?: () => Promise<string | undefined>): void {
    if (problem) this.checks.push({ capability, modelId, problem });
    const models = this.factories.get(capability) ?? new Map<string, BuiltinModelFactory<Capability>>();
    // Two studios picking the same name would silently shadow each other: refuse instead.
    if (models.has(modelId)) throw new ConflictError(`A built-in ${capability} model named ${modelId} is already registered; give the new one another name.`);
    models.set(modelId, factory as BuiltinModelFactory<Capability>);
    this.factories.set(capability, models);
  }

  /** Capabilities with at least one model, less those the last `problems()` found disabled. */
  capabilities(): Capability[] {
    return [...this.factories.keys()].filter((capability) => !this.disabled.has(capability));
  }

  /** The sentences of the models that cannot run now; their capabilities drop out of `capabilities()`. */
  async problems(): Promise<string[]> {
    const found = await Promise.all(this.checks.map(async (check) => ({ ...check, reason: await check.problem() })));
    this.disabled.clear();
    for (const { capability, reason } of found) if (reason) this.disabled.add(capability);
    return found.flatMap(({ reason }) => (reason ? [reason] : []));
  }

  modelIds(capability: Capability): string[] {
    return [...(this.factories.get(capability)?.keys() ?? [])];
  }

  /** ProviderUnsupportedError when nothing of that name is registered, so fallback moves on. */
  create<C extends Capability>(capability: C, modelId: string, provider: string): ModelByCapability[C] {
    const factory = this.factories.get(capability)?.get(modelId);
    if (!factory) {
      const known = this.modelIds(capability);
      throw new ProviderUnsupportedError(
        `${provider} has no ${capability} model named ${modelId}` +
          (known.length > 0 ? ` (it has: ${known.join(', ')}).` : ` (it has no ${capability} models).`),
        { details: { provider, capability, modelId } },
      );
    }
    return factory({ provider, modelId }) as ModelByCapability[C];
  }
}

/** A catalog holding the models this folder ships (`moderation:rules`). */
export function createBuiltinModelCatalog(): BuiltinModelCatalog {
  const catalog = new BuiltinModelCatalog();
  catalog.register('moderation', 'rules', createRulesModerationModel);
  return catalog;
}
