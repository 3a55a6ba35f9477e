import type { PipelineDefinition } from '../engine/pipeline.ts';
import { ConfigError, NotFoundError } from '../engine/errors/index.ts';
import type { PipelineCatalog } from '../runtime/contracts.ts';

/** The pipelines this Kiln offers, by id. Two pipelines with one id are a configuration mistake. */
export function createPipelineCatalog(pipelines: PipelineDefinition[]): PipelineCatalog {
  const byId = new Map<string, PipelineDefinition>();
  for (const pipeline of pipelines) {
    if (byId.has(pipeline.id)) throw new ConfigError(`Two pipelines share the id \`${pipeline.id}\`; ids must be unique.`);
    byId.set(pipeline.id, pipeline);
  }
  return {
    get(id) {
      const pipeline = byId.get(id);
      if (!pipeline) throw new NotFoundError(`Pipeline \`${id}\``, { details: { available: [...byId.keys()] } });
      return pipeline;
    },
    list: () => [...byId.values()],
  };
}
