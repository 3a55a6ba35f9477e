/**
 * Builds a value that fits a JSON schema, the way a constrained-decoding server would, with strings
 * taken from `words` so the answer depends on the request. Covers what Kiln's step schemas use:
 * objects, arrays, strings (with enums and lengths), numbers, integers, booleans, const and anyOf.
 */
export function exampleFromSchema(schema: any, words: string[] = ['example']): unknown {
  if (schema === true || schema === undefined || schema === null) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) return exampleFromSchema(schema.anyOf[0], words);
  if (Array.isArray(schema.oneOf)) return exampleFromSchema(schema.oneOf[0], words);
  const type = Array.isArray(schema.type) ? schema.type.find((item: string) => item !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) result[key] = exampleFromSchema(property, words);
      return result;
    }
    case 'array': {
      const count = Math.max(1, schema.minItems ?? 1);
      return Array.from({ length: count }, (_, index) => exampleFromSchema(schema.items, rotate(words, index)));
    }
    case 'string': {
      let text = words.join(' ') || 'example';
      if (schema.maxLength !== undefined) text = text.slice(0, schema.maxLength);
      while (schema.minLength !== undefined && text.length < schema.minLength) text += ' more';
      return text;
    }
    case 'integer':
      return Math.ceil(schema.minimum ?? schema.exclusiveMinimum ?? 1);
    case 'number':
      return schema.minimum ?? 1.5;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return words.join(' ');
  }
}

function rotate(words: string[], by: number): string[] {
  return words.length === 0 ? words : [...words.slice(by % words.length), ...words.slice(0, by % words.length)];
}
