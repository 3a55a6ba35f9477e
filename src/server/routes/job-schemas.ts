import { z } from 'zod';

// Response schemas mirror src/runtime/contracts.ts; the serializer drops any field not listed here,
// so nothing the store keeps for itself reaches a client by accident.

export const jobStepSchema = z.object({
  name: z.string().describe('The node name in the pipeline, e.g. `analyze`.'),
  stepId: z.string().describe('The step definition id, e.g. `music-video.analyze`.'),
  state: z.enum(['pending', 'running', 'succeeded', 'failed', 'skipped']),
  attempts: z.number().int(),
  cached: z.boolean().describe('True when the output came from the step cache.'),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  servedBy: z.array(z.string()).describe('`backend:model` of each provider call that served this step.'),
  passedOver: z.array(z.object({ candidate: z.string(), reason: z.string() }))
    .describe('Preferred `backend:model`s that failed (with why) before one in `servedBy` served: a fallback the user should hear about.'),
  progress: z.number().describe('0..1'),
  message: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
}).meta({ id: 'JobStep' });

export const jobSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  pipeline: z.string(),
  state: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number().describe('0..1 over the whole job.'),
  input: z.unknown(),
  output: z.unknown().describe('Asset ids and small facts, once the job succeeded.'),
  error: z.object({ code: z.string(), message: z.string(), step: z.string().optional() }).nullable(),
  steps: z.array(jobStepSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  queuePosition: z.int().nullable().optional().describe('While queued, the place in line (1 = next); null otherwise.'),
  title: z.string().nullable().optional()
    .describe('What a person knows the job by: the story title or prompt, the song or recording file name, the stream title. In lists and GET /api/jobs/{id}.'),
  thumbnailAssetId: z.string().nullable().optional()
    .describe('A picture the job made (a story\'s first scene, a music video\'s thumbnail), for GET /api/assets/{id}/content.'),
}).meta({ id: 'Job' });

export const createJobBodySchema = z.object({
  pipeline: z.string().min(1).describe('A pipeline id from GET /api/pipelines.'),
  input: z.unknown().default({}).describe('The pipeline input; its schema is in GET /api/pipelines.'),
});

export const listJobsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).optional().describe('Paging cursor: the id of the last job of the previous page, or an ISO date-time; answers jobs created before it.'),
  pipeline: z.string().min(1).optional().describe('Only jobs of this pipeline.'),
  state: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional().describe('Only jobs in this state.'),
});

export const jobParamsSchema = z.object({ id: z.string().min(1).max(200) });
