import { describe, expect, it } from 'vitest';
import { fitGraphToInputSize } from './fit-graph-to-input-size.ts';
import type { GraphNode } from './fuse-convolution-biases.ts';
import { modelInputSize } from './segment-person-here.ts';

const window = (side: number) => ({ list: { i: ['1', String(side), String(side), '1'] } });

/** A graph with each of the selfie model's size-bound parts, its int32 sizes after a float16 weight. */
function sizeBoundGraph() {
  const nodes: GraphNode[] = [
    { name: 'input', op: 'Placeholder', attr: { shape: { shape: { dim: [1, 256, 256, 3].map((side) => ({ size: String(side) })) } } } },
    { name: 'filter', op: 'Const' }, { name: 'resize/size', op: 'Const' }, { name: 'up/sizes', op: 'Const' },
    { name: 'pool', op: 'AvgPool', input: ['input'], attr: { ksize: window(64), strides: window(64), padding: { s: 'VkFMSUQ=' } } },
    { name: 'resize', op: 'ResizeBilinear', input: ['pool', 'resize/size'] },
    { name: 'up', op: 'Conv2DBackpropInput', input: ['up/sizes', 'filter', 'resize'] },
  ];
  const weightSpecs = [
    { name: 'filter', shape: [3], dtype: 'float32' as const, quantization: { dtype: 'float16' as const } },
    { name: 'resize/size', shape: [2], dtype: 'int32' as const },
    { name: 'up/sizes', shape: [4], dtype: 'int32' as const },
  ];
  const bytes = new Uint8Array(6 + 8 + 16);
  const view = new DataView(bytes.buffer);
  [32, 32, 1, 256, 256, 1].forEach((value, index) => view.setInt32(6 + index * 4, value, true));
  return { nodes, weightSpecs, weightData: bytes.buffer };
}

describe('fitting the selfie model to another input size', () => {
  it('scales the input shape, the pooling windows and every size constant by rows and columns', () => {
    const converted = sizeBoundGraph();
    const fitted = fitGraphToInputSize(converted, { rows: 192, columns: 256 });
    const byName = new Map(fitted.nodes.map((node) => [node.name, node]));
    expect(byName.get('input')?.attr?.shape).toEqual({ shape: { dim: [1, 192, 256, 3].map((side) => ({ size: String(side) })) } });
    expect(byName.get('pool')?.attr).toMatchObject({ ksize: { list: { i: ['1', '48', '64', '1'] } }, strides: { list: { i: ['1', '48', '64', '1'] } } });
    const view = new DataView(fitted.weightData);
    expect([0, 1, 2, 3, 4, 5].map((index) => view.getInt32(6 + index * 4, true))).toEqual([24, 32, 1, 192, 256, 1]);
    // The weights handed in are not written to: another size is fitted from the same files.
    expect(new DataView(converted.weightData).getInt32(6, true)).toBe(32);
  });

  it('refuses a side the network cannot divide evenly', () => {
    expect(() => fitGraphToInputSize(sizeBoundGraph(), { rows: 200, columns: 256 })).toThrow(/multiple of 32/);
  });
});

describe('the model input size of a picture', () => {
  it('keeps the picture\'s shape, 256 along its longer side', () => {
    expect(modelInputSize(640, 480)).toEqual({ rows: 192, columns: 256 });
    expect(modelInputSize(480, 640)).toEqual({ rows: 256, columns: 192 });
    expect(modelInputSize(1280, 720)).toEqual({ rows: 160, columns: 256 });
    expect(modelInputSize(300, 300)).toEqual({ rows: 256, columns: 256 });
    expect(modelInputSize(2000, 40)).toEqual({ rows: 32, columns: 256 });
  });
});
