import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PipelineDefinition } from '../../engine/pipeline.ts';
import type { RouteOptions } from './route-options.ts';

const pipelineSchema = z.object({
  id: z.string(),
  description: z.string(),
  inputSchema: z.record(z.string(), z.unknown()).describe('JSON Schema of the job input this pipeline takes.'),
}).meta({ id: 'Pipeline' });

/**
 * The input as JSON Schema, for forms and clients. `io: 'input'` describes what a client sends
 * (before defaults and transforms); parts JSON Schema cannot express are left open, not fatal.
 */
function inputJsonSchema(pipeline: PipelineDefinition): Record<string, unknown> {
  return z.toJSONSchema(pipeline.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export const pipelineRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/pipelines', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Pipelines a job can run, with their input schemas',
      tags: ['pipelines'],
      response: { 200: z.object({ pipelines: z.array(pipelineSchema) }) },
    },
  }, async () => ({
    pipelines: runtime.pipelines.list().map((pipeline) => ({
      id: pipeline.id,
      description: pipeline.description,
      inputSchema: inputJsonSchema(pipeline),
    })),
  }));
};
