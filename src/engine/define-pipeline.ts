import type { z } from 'zod';
import { ConfigError } from './errors/index.ts';
import type { PipelineDefinition, PipelineNode } from './pipeline.ts';
import type { StepDefinition } from './step.ts';

/** Everything a pipeline says before its nodes: its id, description, input schema and access rules. */
type PipelineHead<InputSchema extends z.ZodType> =
  Omit<PipelineDefinition<z.output<InputSchema>>, 'input' | 'nodes' | 'output'> & { input: InputSchema };

/** True for a name made in a loop, e.g. `wait-${number}`: it stands for many nodes, not one. */
type IsFamily<Name extends string> = {} extends Record<Name, true> ? true : false;

/** A name a new node may take: a literal or a family, not a plain `string`, and not one already added. */
type NewName<Outputs, Name extends string> = string extends Name ? never : Name extends keyof Outputs ? never : Name;

/** What a new node may wait for: nodes already added, and for a family, its own members (the engine refuses cycles). */
type WaitableName<Outputs, Name extends string> =
  | (keyof Outputs & string)
  | (IsFamily<Name> extends true ? Name : never);

/** What a node's `input` receives: the outputs of the nodes its `after` names, and no others. */
export type Upstream<Outputs, After extends readonly string[]> = Pick<Outputs, After[number] & keyof Outputs>;

/** A node as a pipeline writes it; the engine's PipelineNode with its edges typed. */
export interface NodeSpec<JobInput, Outputs, StepInput, StepOutput, After extends readonly string[], When> {
  /** `StepInput` is what the step's schema accepts, defaults not yet filled in. */
  step: StepDefinition<unknown, StepOutput, StepInput>;
  /** Nodes whose outputs this one reads; only nodes added before it (or its own family's members). */
  after?: After;
  /** Leaves the node out of a job when false; later nodes then see its output as possibly absent. */
  when?: When;
  /** Builds the step's input, which must fit the step's input type, from the job and the upstream outputs. */
  input(jobInput: JobInput, upstream: Upstream<Outputs, After>): StepInput;
}

/** A new node's output as later nodes see it: optional when its `when` may leave it out. */
type AddedOutput<Name extends string, StepOutput, When> =
  undefined extends When ? { [Key in Name]: StepOutput } : { [Key in Name]?: StepOutput };

/**
 * Builds a pipeline's graph one node at a time, so each node can wait only for nodes already added
 * and its `input` sees their outputs typed by their steps (ComfyUI checks its edges when the graph is
 * built; this checks them when the pipeline compiles). The result is the engine's plain
 * PipelineDefinition: the types are erased here and nowhere else.
 */
export class PipelineBuilder<JobInput, Outputs> {
  readonly #head: PipelineHead<z.ZodType<JobInput>>;
  readonly #nodes: Record<string, PipelineNode<JobInput>>;

  constructor(head: PipelineHead<z.ZodType<JobInput>>, nodes: Record<string, PipelineNode<JobInput>>) {
    this.#head = head;
    this.#nodes = nodes;
  }

  /** Adds a node named `name`; a template name (`illustrate-${scene}`) adds one member of a family. */
  node<
    const Name extends string,
    StepInput,
    StepOutput,
    // No default: without a `when` this stays its constraint, which holds undefined; with one, the
    // function alone (a default would be taken before the `when` is read).
    When extends ((jobInput: JobInput) => boolean) | undefined,
    const After extends readonly WaitableName<Outputs, Name>[] = [],
  >(
    name: NewName<Outputs, Name>,
    node: NodeSpec<JobInput, Outputs, StepInput, StepOutput, After, When>,
  ): PipelineBuilder<JobInput, Outputs & AddedOutput<Name, StepOutput, When>> {
    if (Object.hasOwn(this.#nodes, name)) {
      throw new ConfigError(`Pipeline \`${this.#head.id}\` has two nodes named \`${name}\`.`);
    }
    // The engine hands `input` exactly the outputs its `after` names, which is what its type says.
    const plain = node as unknown as PipelineNode<JobInput>;
    return new PipelineBuilder(this.#head, { ...this.#nodes, [name]: plain });
  }

  /** Adds the nodes `add` adds for each member in turn, e.g. a picture and a narration per scene. */
  forEach<Member, Built>(
    members: readonly Member[],
    add: (graph: PipelineBuilder<JobInput, Outputs>, member: Member) => PipelineBuilder<JobInput, Built>,
  ): PipelineBuilder<JobInput, Built> {
    // Each call's types see the graph before the loop (so members cannot read each other, except a
    // family's `after`); at run time it is handed the graph so far, which holds every earlier member.
    let graph: PipelineBuilder<JobInput, unknown> = this;
    for (const member of members) graph = add(graph as PipelineBuilder<JobInput, Outputs>, member);
    return graph as PipelineBuilder<JobInput, Built>;
  }

  /** Ends the graph with how the job's output is assembled from every node's output. */
  output<Output>(assemble: (jobInput: JobInput, outputs: Outputs) => Output): PipelineDefinition<JobInput, Output> {
    // The engine hands `assemble` every node's output by name, which is what `Outputs` says.
    const output = assemble as PipelineDefinition<JobInput, Output>['output'];
    return { ...this.#head, nodes: this.#nodes, output };
  }
}

/**
 * Starts a pipeline: `definePipeline({ id, description, input }).node(…).node(…).output(…)`.
 * The job input's type comes from the `input` schema.
 */
export function definePipeline<InputSchema extends z.ZodType>(
  head: PipelineHead<InputSchema>,
): PipelineBuilder<z.output<InputSchema>, {}> {
  // A generic schema is not known to zod's types to parse into its own output type; it does.
  return new PipelineBuilder(head as unknown as PipelineHead<z.ZodType<z.output<InputSchema>>>, {});
}
