// The engine's public API: define steps and pipelines, run them, and the pieces runners share.
export * from './errors/index.ts';
export { defineStep, type StepContext, type StepDefinition, type StepServices } from './step.ts';
export { definePipeline, type PipelineBuilder } from './define-pipeline.ts';
export type { PipelineDefinition, PipelineNode } from './pipeline.ts';
export type { ProgressEvent, ProgressEventType, ProgressListener } from './progress-event.ts';
export { runPipeline, type NodeResult, type PipelineRunResult, type RunPipelineOptions } from './run-pipeline.ts';
export type { ProgressEventBody } from './run-step.ts';
export { pipelineOrder } from './pipeline-order.ts';
export { MemoryStepCache } from './memory-step-cache.ts';
export { canonicalJson } from './canonical-json.ts';
export { outputBoundKey, stepCacheKey, type StepCacheKeyParts } from './cache-key.ts';
export { backoffDelay, sleep, type BackoffOptions } from './backoff.ts';
export { describeZodError, zodIssues } from './describe-zod-error.ts';
