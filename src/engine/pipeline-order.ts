import { ConfigError } from './errors/index.ts';
import type { PipelineDefinition } from './pipeline.ts';

/**
 * The pipeline's node names with every node after the nodes it waits for, otherwise in the order
 * they were declared. Throws ConfigError when a node waits for a name that is not a node, or when
 * nodes wait for each other in a cycle, so a broken pipeline fails before any step runs.
 */
export function pipelineOrder(pipeline: Pick<PipelineDefinition, 'id' | 'nodes'>): string[] {
  const { nodes } = pipeline;
  for (const [name, node] of Object.entries(nodes)) {
    for (const dependency of node.after ?? []) {
      if (!Object.hasOwn(nodes, dependency)) {
        throw new ConfigError(
          `Pipeline \`${pipeline.id}\`: node \`${name}\` waits for \`${dependency}\`, which is not one of its nodes.`,
          { details: { pipeline: pipeline.id, node: name, missing: dependency } },
        );
      }
    }
  }

  const order: string[] = [];
  const finished = new Set<string>();
  const visiting: string[] = [];
  const visit = (name: string): void => {
    if (finished.has(name)) return;
    const seenAt = visiting.indexOf(name);
    if (seenAt !== -1) {
      const cycle = [...visiting.slice(seenAt), name];
      throw new ConfigError(`Pipeline \`${pipeline.id}\` has a cycle: ${cycle.join(' → ')}.`, {
        details: { pipeline: pipeline.id, cycle },
      });
    }
    visiting.push(name);
    for (const dependency of nodes[name].after ?? []) visit(dependency);
    visiting.pop();
    finished.add(name);
    order.push(name);
  };
  for (const name of Object.keys(nodes)) visit(name);
  return order;
}
