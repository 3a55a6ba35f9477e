import type { z } from 'zod';
import type { StepDefinition } from './step.ts';

/** One node of a pipeline graph: a step, the nodes it waits for, and how its input is built. */
export interface PipelineNode<JobInput = any> {
  step: StepDefinition<any, any>;
  /** Names of nodes whose outputs this one reads; they run first. */
  after?: string[];
  /** Builds the step's input from the job's input and the outputs of the nodes in `after`. */
  input(jobInput: JobInput, upstream: Record<string, any>): unknown;
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
export interface PipelineDefinition<JobInput = any, Output = any> {
  /** e.g. `music-video`, `story`, `diagnostic`; jobs name their pipeline by this. */
  id: string;
  /** A sentence for the API listing and the web UI. */
  description: string;
  /** Validates the job's input when the job is created (a 400 when it does not fit). */
  input: z.ZodType<JobInput>;
  /** Nodes by name; a node's name is what progress events call the step. */
  nodes: Record<string, PipelineNode<JobInput>>;
  /** Assembles the job's output (asset ids and small facts) from the nodes' outputs. */
  output(jobInput: JobInput, outputs: Record<string, any>): Output;
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

export function definePipeline<InputSchema extends z.ZodType, Output>(definition: {
  id: string;
  description: string;
  input: InputSchema;
  nodes: Record<string, PipelineNode<z.output<InputSchema>>>;
  output(jobInput: z.output<InputSchema>, outputs: Record<string, any>): Output;
  operatorInput?(context: { ownerId: string; safety: OperatorSafetySettings }): Record<string, unknown>;
  administratorsOnly?: boolean;
}): PipelineDefinition<z.output<InputSchema>, Output> {
  // A generic schema is not known to zod's types to parse into its own output type; it does.
  return definition as unknown as PipelineDefinition<z.output<InputSchema>, Output>;
}
