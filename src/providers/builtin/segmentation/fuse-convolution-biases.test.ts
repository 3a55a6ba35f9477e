import { describe, expect, it } from 'vitest';
import { fuseConvolutionBiases, type GraphNode } from './fuse-convolution-biases.ts';

const vector = (name: string): GraphNode => ({ name, op: 'Const', attr: { value: { tensor: { tensorShape: { dim: [{ size: '4' }] } } } } });
const decode = (node: GraphNode | undefined) => ((node?.attr?.fused_ops as { list: { s: string[] } }).list.s).map((op) => Buffer.from(op, 'base64').toString());

describe('fusing the selfie model graph', () => {
  it('folds a convolution, its bias and a lone activation into one node named as the last', () => {
    const nodes: GraphNode[] = [
      { name: 'input', op: 'Placeholder' }, { name: 'filter', op: 'Const' }, vector('bias'),
      { name: 'conv', op: 'Conv2D', input: ['input', 'filter'], attr: { strides: { list: { i: ['1', '2', '2', '1'] } } } },
      { name: 'add', op: 'Add', input: ['conv', 'bias'] },
      { name: 'relu', op: 'Relu', input: ['add'] },
      { name: 'next', op: 'Mul', input: ['relu', 'relu'] },
    ];
    const fused = fuseConvolutionBiases(nodes);
    expect(fused.map((node) => node.name)).toEqual(['input', 'filter', 'bias', 'relu', 'next']);
    const relu = fused.find((node) => node.name === 'relu');
    expect(relu).toMatchObject({ op: '_FusedConv2D', input: ['input', 'filter', 'bias'], attr: { num_args: { i: '1' }, strides: { list: { i: ['1', '2', '2', '1'] } } } });
    expect(decode(relu)).toEqual(['BiasAdd', 'Relu']);
  });

  it('keeps an activation the bias shares with another node, and a depthwise convolution gets its own fused op', () => {
    const nodes: GraphNode[] = [
      { name: 'input', op: 'Placeholder' }, { name: 'filter', op: 'Const' }, vector('bias'),
      { name: 'conv', op: 'DepthwiseConv2dNative', input: ['input', 'filter'] },
      { name: 'add', op: 'Add', input: ['conv', 'bias'] },
      { name: 'sigmoid', op: 'Sigmoid', input: ['add'] },
      { name: 'mul', op: 'Mul', input: ['add', 'sigmoid'] },
    ];
    const fused = fuseConvolutionBiases(nodes);
    expect(fused.find((node) => node.name === 'add')).toMatchObject({ op: 'FusedDepthwiseConv2dNative', input: ['input', 'filter', 'bias'] });
    expect(decode(fused.find((node) => node.name === 'add'))).toEqual(['BiasAdd']);
    expect(fused.find((node) => node.name === 'sigmoid')).toMatchObject({ op: 'Sigmoid', input: ['add'] });
  });

  it('leaves a convolution alone when its sum is not a bias, or it is read elsewhere, or it is an output', () => {
    const nodes: GraphNode[] = [
      { name: 'input', op: 'Placeholder' }, { name: 'filter', op: 'Const' }, vector('bias'),
      { name: 'a', op: 'Conv2D', input: ['input', 'filter'] },
      { name: 'sum', op: 'Add', input: ['a', 'input'] },
      { name: 'b', op: 'Conv2D', input: ['input', 'filter'] },
      { name: 'b-bias', op: 'Add', input: ['b', 'bias'] },
      { name: 'b-reader', op: 'Mul', input: ['b:0', 'b-bias'] },
      { name: 'c', op: 'Conv2D', input: ['input', 'filter'] },
      { name: 'c-bias', op: 'Add', input: ['c', 'bias'] },
    ];
    expect(fuseConvolutionBiases(nodes, new Set(['c']))).toEqual(nodes);
  });
});
