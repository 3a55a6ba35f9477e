import { z } from 'zod';
import { definePipeline } from '../../engine/define-pipeline.ts';
import { reportStep } from './report-step.ts';
import { waitStep } from './wait-step.ts';

/** Most `wait-N` nodes a diagnostic job may ask for. */
const maxSteps = 20;

/**
 * Longest a diagnostic job may wait in all. Any user may queue these, so they stay short: a few
 * long ones would otherwise hold workers that other users' real jobs wait for.
 */
const maxTotalDelayMs = 10_000;

const tooLong = `a diagnostic job waits at most ${maxTotalDelayMs / 1000} seconds in all (steps × delayMs); ask for fewer steps or a shorter delay`;

const diagnosticInput = z
  .strictObject({
    /** How many `wait` nodes run, one after the other. */
    steps: z.number().int().min(1).max(maxSteps).default(3),
    /** How long each `wait` node waits, in milliseconds. */
    delayMs: z.number().min(0).max(maxTotalDelayMs, tooLong).default(0),
    /** Echoed back in every output, so a caller can tell its jobs apart. */
    label: z.string().max(200).optional(),
  })
  .refine((input) => input.steps * input.delayMs <= maxTotalDelayMs, { message: tooLong, path: ['delayMs'] });

const waitNumbers = Array.from({ length: maxSteps }, (_, index) => index + 1);

/**
 * A small real pipeline with no backends: `wait-1` … `wait-N` in a chain, then `report`. Used by
 * benchmarks, health checks and the scale-out test to exercise queue, workers, cache and progress.
 */
export const diagnosticPipeline = definePipeline({
  id: 'diagnostic',
  description: 'Waits in a chain of steps and reports back; checks that jobs, workers and progress work.',
  input: diagnosticInput,
})
  // The graph holds every possible `wait` node; `when` leaves out those past the job's `steps`.
  .forEach(waitNumbers, (graph, index) => graph.node(`wait-${index}`, {
    step: waitStep,
    after: index === 1 ? [] : [`wait-${index - 1}`],
    when: (job) => index <= job.steps,
    input: (job) => ({ index, delayMs: job.delayMs, label: job.label }),
  }))
  .node('report', {
    step: reportStep,
    after: waitNumbers.map((index) => `wait-${index}` as const),
    input: (job) => ({ label: job.label, steps: job.steps }),
  })
  .output((_job, outputs) => outputs.report);
