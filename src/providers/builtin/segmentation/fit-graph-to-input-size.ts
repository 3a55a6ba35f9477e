// Rewrites the selfie model's graph for an input of another size than the 256×256 it was
// converted for. The network is convolutional throughout; only a few numbers pin the size: the
// input's declared shape, each global average pooling's window (written as a fixed size, e.g. 64×64
// on a quarter-size map), the sizes its upsamplings resize to, and the output size of the last,
// transposed convolution. Scaled together they let the same weights run on, say, 256×192: a
// 640×480 frame then keeps its shape instead of being squashed square, for three quarters of the
// arithmetic. Loaded by Node itself inside the segmentation thread (type stripping), so this file
// keeps to syntax Node can strip.
import type { io } from '@tensorflow/tfjs';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';
import type { GraphNode } from './fuse-convolution-biases.ts';
import type { ModelInputSize } from './resample-for-model.ts';

/** The size the model's graph was converted for. */
export const convertedSide = 256;

/** The graph and its weights as loadGraphModel takes them from memory. */
export interface GraphWeights {
  nodes: GraphNode[];
  weightSpecs: io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
}

/** Bytes a stored value takes, by the stored (quantised) type. */
const storedBytes: Record<string, number> = { float32: 4, int32: 4, float16: 2, uint16: 2, uint8: 1, bool: 1 };

/** Where each weight's values start in weightData, up to the first of a type not listed. */
function weightOffsets(weightSpecs: io.WeightsManifestEntry[]): Map<string, number> {
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const spec of weightSpecs) {
    const valueBytes = storedBytes[spec.quantization?.dtype ?? spec.dtype];
    if (valueBytes === undefined) break;
    offsets.set(spec.name, offset);
    offset += spec.shape.reduce((product, side) => product * side, 1) * valueBytes;
  }
  return offsets;
}

/**
 * The graph and weights for an input of `size` (each side a multiple of 32, the network's
 * coarsest stride, so every map and window divides evenly). Throws when a size constant is not
 * where this model keeps it (another build of the package): loading then fails with that reason,
 * which turns segmentation off with a sentence in health and doctor, as a missing model file does.
 */
export function fitGraphToInputSize({ nodes, weightSpecs, weightData }: GraphWeights, size: ModelInputSize): GraphWeights {
  if (size.rows === convertedSide && size.columns === convertedSide) return { nodes, weightSpecs, weightData };
  if (size.rows % 32 !== 0 || size.columns % 32 !== 0) throw new ProviderUnavailableError(`The model's input must be a multiple of 32 a side, not ${size.columns}x${size.rows}.`);
  const scaleRows = (value: number) => (value * size.rows) / convertedSide;
  const scaleColumns = (value: number) => (value * size.columns) / convertedSide;
  const offsets = weightOffsets(weightSpecs);
  const data = new Uint8Array(weightData.slice(0));
  /** Scales the int32 constant `name` whose values at `rowAt` and `rowAt + 1` are a height and a width. */
  const scaleSizeConstant = (name: string, rowAt: number) => {
    const spec = weightSpecs.find((entry) => entry.name === name);
    const offset = offsets.get(name);
    if (!spec || offset === undefined || spec.dtype !== 'int32' || spec.quantization) throw new ProviderUnavailableError(`The size constant ${name} is not a plain int32 weight.`);
    const values = new DataView(data.buffer, offset, spec.shape.reduce((product, side) => product * side, 1) * 4);
    values.setInt32(rowAt * 4, scaleRows(values.getInt32(rowAt * 4, true)), true);
    values.setInt32((rowAt + 1) * 4, scaleColumns(values.getInt32((rowAt + 1) * 4, true)), true);
  };
  const scaledWindow = (attribute: unknown) => {
    const [batch, rows, columns, channels] = ((attribute as { list: { i: string[] } }).list.i).map(Number);
    return { list: { i: [batch, scaleRows(rows), scaleColumns(columns), channels].map(String) } };
  };
  const fitted = nodes.map((node): GraphNode => {
    if (node.op === 'Placeholder') {
      return { ...node, attr: { ...node.attr, shape: { shape: { dim: [1, size.rows, size.columns, 3].map((side) => ({ size: String(side) })) } } } };
    }
    if (node.op === 'AvgPool') return { ...node, attr: { ...node.attr, ksize: scaledWindow(node.attr?.ksize), strides: scaledWindow(node.attr?.strides) } };
    // ResizeBilinear's second input is the [height, width] it resizes to; Conv2DBackpropInput's first, its output's NHWC shape.
    if (node.op === 'ResizeBilinear' && node.input) scaleSizeConstant(node.input[1], 0);
    if (node.op === 'Conv2DBackpropInput' && node.input) scaleSizeConstant(node.input[0], 1);
    return node;
  });
  return { nodes: fitted, weightSpecs, weightData: data.buffer as ArrayBuffer };
}
