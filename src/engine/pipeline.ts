import type { z } from 'zod';
import type { StepDefinition } from './step.ts';

/**
 * One node of a pipeline graph as the engine runs it: a step, the nodes it waits for, and how its
 * input is built. Pipelines do not write these by hand: `definePipeline` builds them with each
 * node's upstream typed from its `after`.
 */
export interface PipelineNode<JobInput = unknown> {
  step: StepDefinition;
  /** Names of nodes whose outputs this one reads; they run first. */
  after?: readonly string[];
  /** Builds the step's input from the job's input and the outputs of the nodes in `after`. */
  input(jobInput: JobInput, upstream: Record<string, unknown>): unknown;
  /**
   * Leaves the node out of a job when it returns false: it does not run, is not listed in the job's
   * events, and nodes that wait for it stop waiting (their `upstream` lacks it). Lets one graph
   * describe a variable number of steps, e.g. the diagnostic pipeline's `wait-1` … `wait-N`.
   */
  when?(jobInput: JobInput): boolean;
}

/** The operator's safety settings (config `safety`); no job input can change them. */
export interface OperatorSafetySettings {
  /** Stories are made in child mode (strict, fails closed) unless the operator turns it off. */
  childMode: boolean;
  /** Users the operator lets make stories in standard mode while child mode stays on for everyone else. */
  standardModeUsers: readonly string[];
}

/** A pipeline: a graph of steps that turns a job's input into its output. */
export interface PipelineDefinition<JobInput = unknown, Output = unknown> {
  /** e.g. `music-video`, `story`, `diagnostic`; jobs name their pipeline by this. */
  id: string;
  /** A sentence for the API listing and the web UI. */
  description: string;
  /** Validates the job's input when the job is created (a 400 when it does not fit). */
  input: z.ZodType<JobInput>;
  /** Nodes by name; a node's name is what progress events call the step. */
  nodes: Record<string, PipelineNode<JobInput>>;
  /** Assembles the job's output (asset ids and small facts) from the nodes' outputs. */
  output(jobInput: JobInput, outputs: Record<string, unknown>): Output;
  /**
   * Input fields the server decides from the operator's settings when the job is created; a request
   * that sends any of them is refused, and the stored input (hence the cache key) holds the decision.
   */
  operatorInput?(context: { ownerId: string; safety: OperatorSafetySettings }): Record<string, unknown>;
  /**
   * Acts on the operator's own accounts (the Anki collection, the Notion database), which every user
   * would share: only an administrator may start it.
   */
  administratorsOnly?: boolean;
}
