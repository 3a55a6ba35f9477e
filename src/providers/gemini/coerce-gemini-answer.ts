import type { JsonSchema } from '../spec/index.ts';

/**
 * Gemini's enums are strings only, so toGeminiSchema sends `[1, 2]` as `["1", "2"]` and Gemini
 * answers `"1"`. This walks the answer beside the original schema and puts back the number or
 * boolean each such string stands for, so Kiln's own check against the full schema passes.
 * Anything that matches no enum member is left as it is, for that check to report.
 */
export function coerceGeminiAnswer(value: unknown, schema: JsonSchema | undefined): unknown {
  if (!schema || typeof schema !== 'object') return value;
  const members = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : 'const' in schema ? [schema.const] : undefined;
  if (members && typeof value === 'string') {
    const match = members.find((member) => typeof member !== 'string' && String(member) === value);
    return match === undefined ? value : match;
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
    return value.map((item) => coerceGeminiAnswer(item, schema.items as JsonSchema));
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    const properties = schema.properties as Record<string, JsonSchema>;
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, coerceGeminiAnswer(inner, properties[name])]));
  }
  if (Array.isArray(schema.anyOf)) {
    // The first branch that changes anything is the one the answer was written for.
    for (const branch of schema.anyOf as JsonSchema[]) {
      const coerced = coerceGeminiAnswer(value, branch);
      if (coerced !== value) return coerced;
    }
  }
  return value;
}
