import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from './errors/index.ts';
import { pipelineOrder } from './pipeline-order.ts';
import type { PipelineNode } from './pipeline.ts';
import { defineStep } from './step.ts';

const step = defineStep({ id: 'test.noop', version: 1, input: z.unknown(), output: z.unknown(), run: async () => null });

function graph(edges: Record<string, string[]>) {
  const nodes: Record<string, PipelineNode> = {};
  for (const [name, after] of Object.entries(edges)) nodes[name] = { step, after, input: () => null };
  return { id: 'test', nodes };
}

describe('pipelineOrder', () => {
  it('puts every node after the nodes it waits for', () => {
    const order = pipelineOrder(graph({ video: ['images', 'audio'], images: ['analyze'], audio: [], analyze: [] }));
    expect(order).toHaveLength(4);
    expect(order.indexOf('analyze')).toBeLessThan(order.indexOf('images'));
    expect(order.indexOf('images')).toBeLessThan(order.indexOf('video'));
    expect(order.indexOf('audio')).toBeLessThan(order.indexOf('video'));
  });

  it('keeps declaration order for independent nodes', () => {
    expect(pipelineOrder(graph({ b: [], a: [], c: [] }))).toEqual(['b', 'a', 'c']);
  });

  it('names the nodes of a cycle', () => {
    const broken = graph({ start: [], a: ['start', 'c'], b: ['a'], c: ['b'] });
    expect(() => pipelineOrder(broken)).toThrow(ConfigError);
    expect(() => pipelineOrder(broken)).toThrow('a → c → b → a');
  });

  it('treats a node waiting for itself as a cycle', () => {
    expect(() => pipelineOrder(graph({ a: ['a'] }))).toThrow(/cycle: a → a/);
  });

  it('rejects a wait for a node that does not exist', () => {
    expect(() => pipelineOrder(graph({ a: ['missing'] }))).toThrow(/`a` waits for `missing`/);
    // Inherited object properties are not nodes.
    expect(() => pipelineOrder(graph({ a: ['toString'] }))).toThrow(ConfigError);
  });
});
