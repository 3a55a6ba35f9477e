/**
 * Tarjan's strongly connected components over a graph given as node -> nodes it points at. Every
 * group of two or more nodes, or one node pointing at itself, is a circle. Iterative rather than
 * recursive, so a long chain of imports cannot overflow the stack.
 */
export function findStronglyConnected<Node>(graph: ReadonlyMap<Node, readonly Node[]>): Node[][] {
  const index = new Map<Node, number>();
  const lowLink = new Map<Node, number>();
  const onStack = new Set<Node>();
  const stack: Node[] = [];
  const groups: Node[][] = [];
  let counter = 0;

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    // Each frame is a node and how many of its edges have been followed so far.
    const frames: Array<{ node: Node; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    lowLink.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          frames.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const group: Node[] = [];
        let member: Node;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        groups.push(group);
      }
    }
  }
  return groups;
}
