import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth so property order does not matter', () => {
    const first = canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'text' } });
    const second = canonicalJson({ a: { c: 'text', d: [1, { x: 1, y: 2 }] }, b: 1 });
    expect(first).toBe(second);
    expect(first).toBe('{"a":{"c":"text","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('leaves out undefined properties and encodes undefined array items as null', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('keeps values that differ apart', () => {
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ 'a"b': 1 })).toBe('{"a\\"b":1}');
  });

  it('encodes dates as their ISO text', () => {
    expect(canonicalJson({ at: new Date('2024-01-02T03:04:05.000Z') })).toBe('{"at":"2024-01-02T03:04:05.000Z"}');
  });

  it('refuses values it cannot encode faithfully', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/contains itself/);
    expect(() => canonicalJson({ map: new Map([['a', 1]]) })).toThrow(/Map or Set/);
    expect(() => canonicalJson({ big: 1n })).toThrow(/bigint/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
