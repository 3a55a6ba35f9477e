/**
 * A writer for GGUF version 3, the file format llama.cpp loads. Only what the tests need: scalar,
 * string and array metadata, and F32 tensors. Layout: header, metadata, tensor infos, then the
 * tensor data, each tensor aligned to `general.alignment` (32 bytes).
 */

const magic = 0x46554747; // "GGUF" read as a little-endian u32
const version = 3;
const alignment = 32;
const f32TensorType = 0;

/** GGUF's value type numbers. */
const valueTypes = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 } as const;
type ScalarType = Exclude<keyof typeof valueTypes, 'array'>;

export type GgufValue =
  | { type: ScalarType; value: number | bigint | boolean | string }
  | { type: 'array'; elementType: ScalarType; values: (number | boolean | string)[] };

export interface GgufTensor {
  /** e.g. `blk.0.attn_q.weight`. */
  name: string;
  /** Dimensions innermost first, as GGUF stores them (`[n_embd, n_vocab]` for the embedding). */
  shape: number[];
  data: Float32Array;
}

/** Shorthands for typed metadata values. */
export const gguf = {
  u32: (value: number): GgufValue => ({ type: 'u32', value }),
  i32: (value: number): GgufValue => ({ type: 'i32', value }),
  f32: (value: number): GgufValue => ({ type: 'f32', value }),
  bool: (value: boolean): GgufValue => ({ type: 'bool', value }),
  string: (value: string): GgufValue => ({ type: 'string', value }),
  array: (elementType: ScalarType, values: (number | boolean | string)[]): GgufValue => ({ type: 'array', elementType, values }),
};

/** Grows a byte buffer as values are appended; GGUF is little-endian throughout. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private view = new DataView(this.buffer.buffer);
  length = 0;

  private reserve(bytes: number): number {
    if (this.length + bytes > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
      grown.set(this.buffer);
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += bytes;
    return at;
  }

  u8(value: number) { this.view.setUint8(this.reserve(1), value); }
  u32(value: number) { this.view.setUint32(this.reserve(4), value, true); }
  u64(value: number | bigint) { this.view.setBigUint64(this.reserve(8), BigInt(value), true); }
  bytes(data: Uint8Array) {
    // Reserve first: it may replace the buffer.
    const at = this.reserve(data.length);
    this.buffer.set(data, at);
  }
  string(value: string) {
    const encoded = new TextEncoder().encode(value);
    this.u64(encoded.length);
    this.bytes(encoded);
  }
  padTo(multiple: number) {
    while (this.length % multiple !== 0) this.u8(0);
  }
  scalar(type: ScalarType, value: number | bigint | boolean | string) {
    switch (type) {
      case 'u8': return this.u8(Number(value));
      case 'i8': return this.view.setInt8(this.reserve(1), Number(value));
      case 'u16': return this.view.setUint16(this.reserve(2), Number(value), true);
      case 'i16': return this.view.setInt16(this.reserve(2), Number(value), true);
      case 'u32': return this.u32(Number(value));
      case 'i32': return this.view.setInt32(this.reserve(4), Number(value), true);
      case 'f32': return this.view.setFloat32(this.reserve(4), Number(value), true);
      case 'bool': return this.u8(value ? 1 : 0);
      case 'string': return this.string(String(value));
      case 'u64': return this.u64(BigInt(value));
      case 'i64': return this.view.setBigInt64(this.reserve(8), BigInt(value), true);
      case 'f64': return this.view.setFloat64(this.reserve(8), Number(value), true);
    }
  }
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Encodes a whole GGUF file in memory. */
export function encodeGguf(metadata: Record<string, GgufValue>, tensors: GgufTensor[]): Uint8Array {
  const writer = new ByteWriter();
  writer.u32(magic);
  writer.u32(version);
  writer.u64(tensors.length);
  writer.u64(Object.keys(metadata).length);

  for (const [key, entry] of Object.entries(metadata)) {
    writer.string(key);
    writer.u32(valueTypes[entry.type]);
    if (entry.type === 'array') {
      writer.u32(valueTypes[entry.elementType]);
      writer.u64(entry.values.length);
      for (const value of entry.values) writer.scalar(entry.elementType, value);
    } else {
      writer.scalar(entry.type, entry.value);
    }
  }

  // Offsets are relative to the start of the data section, each rounded up to the alignment.
  let offset = 0;
  const offsets = tensors.map((tensor) => {
    const at = offset;
    offset += Math.ceil(tensor.data.byteLength / alignment) * alignment;
    return at;
  });
  tensors.forEach((tensor, index) => {
    const elements = tensor.shape.reduce((product, size) => product * size, 1);
    if (elements !== tensor.data.length) {
      throw new Error(`Tensor ${tensor.name} has ${tensor.data.length} values but its shape needs ${elements}.`);
    }
    writer.string(tensor.name);
    writer.u32(tensor.shape.length);
    for (const size of tensor.shape) writer.u64(size);
    writer.u32(f32TensorType);
    writer.u64(offsets[index]);
  });

  writer.padTo(alignment);
  for (const tensor of tensors) {
    writer.bytes(new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
    writer.padTo(alignment);
  }
  return writer.result();
}
