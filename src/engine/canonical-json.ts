/**
 * Encodes a value as JSON that depends only on its content: object keys are sorted and properties
 * holding `undefined` are left out, so `{ a: 1, b: undefined }` and `{ a: 1 }` encode alike.
 *
 * Cache keys hash this text, so anything that would encode two different values as the same text
 * (a Map, a Set, a cycle, a bigint) is refused rather than silently flattened into a wrong cache hit.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, new Set()) ?? 'null';
}

function encode(value: unknown, ancestors: Set<object>): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Dates (and anything else with toJSON) encode the way JSON.stringify would encode them.
    return encode((value as { toJSON(): unknown }).toJSON(), ancestors);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      // JSON.stringify turns NaN and Infinity into null, as JSON has no spelling for them.
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson cannot encode a bigint; convert it to a string first.');
  }
  const object = value as object;
  if (object instanceof Map || object instanceof Set) {
    throw new TypeError('canonicalJson cannot encode a Map or Set; convert it to an object or array first.');
  }
  if (ancestors.has(object)) throw new TypeError('canonicalJson cannot encode a value that contains itself.');
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      return `[${object.map((item) => encode(item, ancestors) ?? 'null').join(',')}]`;
    }
    const members: string[] = [];
    for (const key of Object.keys(object).sort()) {
      const encoded = encode((object as Record<string, unknown>)[key], ancestors);
      if (encoded !== undefined) members.push(`${JSON.stringify(key)}:${encoded}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(object);
  }
}
