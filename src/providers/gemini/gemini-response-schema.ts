import type { JsonSchema } from '../spec/index.ts';

/** The Schema fields Gemini's `responseSchema` accepts (an OpenAPI 3.0 subset); anything else is refused with HTTP 400. */
const accepted = new Set([
  'type', 'format', 'title', 'description', 'nullable', 'enum', 'maxItems', 'minItems', 'properties', 'required',
  'minProperties', 'maxProperties', 'minLength', 'maxLength', 'pattern', 'example', 'anyOf', 'propertyOrdering',
  'default', 'items', 'minimum', 'maximum',
]);

/**
 * Turns a JSON schema into Gemini's Schema: `const` becomes a one-value enum, `["string","null"]`
 * becomes `nullable`, and keywords Gemini does not accept (`additionalProperties`, `$schema`, ...)
 * are dropped. Kiln validates the answer against the full schema afterwards, so nothing is lost.
 */
export function toGeminiSchema(schema: JsonSchema): JsonSchema {
  const result: JsonSchema = {};
  const source: JsonSchema = { ...schema };
  if ('const' in source) {
    source.enum = [source.const];
    source.type ??= typeof source.const === 'number' ? 'number' : typeof source.const === 'boolean' ? 'boolean' : 'string';
  }
  if (Array.isArray(source.type)) {
    const types = source.type as string[];
    if (types.includes('null')) result.nullable = true;
    source.type = types.find((type) => type !== 'null') ?? 'null';
  }
  if (typeof source.exclusiveMinimum === 'number' && source.minimum === undefined) source.minimum = source.exclusiveMinimum;
  if (typeof source.exclusiveMaximum === 'number' && source.maximum === undefined) source.maximum = source.exclusiveMaximum;
  for (const [key, value] of Object.entries(source)) {
    if (!accepted.has(key)) continue;
    if (key === 'properties') {
      result.properties = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([name, property]) => [name, toGeminiSchema(property)]));
    } else if (key === 'items') {
      result.items = toGeminiSchema(value as JsonSchema);
    } else if (key === 'anyOf') {
      result.anyOf = (value as JsonSchema[]).map(toGeminiSchema);
    } else if (key === 'enum') {
      // Gemini's enums are strings only.
      result.enum = (value as unknown[]).map(String);
      if (source.type !== 'string') result.type = 'string';
    } else if (key !== 'type' || result.type === undefined) {
      result[key] = value;
    }
  }
  return result;
}
