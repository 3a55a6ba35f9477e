// Rewrites the selfie model's graph before TensorFlow.js loads it. Its conversion keeps each
// convolution's bias as an Add of its own, often followed by an activation of its own: three
// kernels where one fused kernel does the same sums, and TensorFlow.js pays tens of microseconds of
// bookkeeping per kernel on top of the arithmetic. Loaded by Node itself inside the segmentation
// thread (type stripping), so this file keeps to syntax Node can strip.

/** A node of a TensorFlow GraphDef as the model's JSON holds it. */
export interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, unknown>;
}

/** Convolutions with a fused twin that takes a bias and an activation. */
const fusedOpOf: Record<string, string> = { Conv2D: '_FusedConv2D', DepthwiseConv2dNative: 'FusedDepthwiseConv2dNative' };
const biasOps = new Set(['Add', 'AddV2', 'BiasAdd']);
const activationOps = new Set(['Relu', 'Relu6', 'Sigmoid']);

/** The node an input names: `name`, `name:1` and `^name` (a control input) all name `name`. */
const producerOf = (input: string) => input.replace(/^\^/, '').split(':')[0];

function isVector(node: GraphNode | undefined): boolean {
  const tensor = (node?.attr?.value as { tensor?: { tensorShape?: { dim?: unknown[] } } } | undefined)?.tensor;
  return node?.op === 'Const' && tensor?.tensorShape?.dim?.length === 1;
}

/**
 * The nodes with every convolution whose only consumer adds a constant vector to it (its bias)
 * replaced by one fused convolution with that bias, and with the activation that alone follows it,
 * if any. The fused node takes the name of the last node it replaces, so every later node (and
 * the model's outputs) still find their inputs. Anything else is left as it was.
 */
export function fuseConvolutionBiases(nodes: GraphNode[], outputs: ReadonlySet<string> = new Set()): GraphNode[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const consumers = new Map<string, GraphNode[]>();
  for (const node of nodes) for (const input of node.input ?? []) consumers.set(producerOf(input), [...(consumers.get(producerOf(input)) ?? []), node]);
  const onlyConsumer = (node: GraphNode) => {
    const taking = consumers.get(node.name) ?? [];
    return taking.length === 1 && !outputs.has(node.name) ? taking[0] : undefined;
  };
  const replaced = new Map<string, GraphNode | null>();
  for (const convolution of nodes) {
    const fusedOp = fusedOpOf[convolution.op];
    const bias = fusedOp ? onlyConsumer(convolution) : undefined;
    if (!bias || !biasOps.has(bias.op) || bias.input?.length !== 2 || bias.input[0] !== convolution.name || !isVector(byName.get(bias.input[1]))) continue;
    const after = onlyConsumer(bias);
    const activation = after && activationOps.has(after.op) && after.input?.length === 1 ? after : undefined;
    const fusedOps = ['BiasAdd', ...(activation ? [activation.op] : [])].map((op) => Buffer.from(op).toString('base64'));
    const last = activation ?? bias;
    replaced.set(convolution.name, null);
    if (activation) replaced.set(bias.name, null);
    replaced.set(last.name, {
      name: last.name,
      op: fusedOp,
      input: [...(convolution.input ?? []), bias.input[1]],
      attr: { ...convolution.attr, num_args: { i: '1' }, fused_ops: { list: { s: fusedOps } } },
    });
  }
  return nodes.flatMap((node) => {
    const replacement = replaced.get(node.name);
    return replacement === undefined ? [node] : replacement === null ? [] : [replacement];
  });
}
