/**
 * Reads the JSON Schema a pipeline publishes for its input, to list the fields in words and to
 * pre-fill the start form with a value of the right shape. Only the top level of an object
 * schema is described: nested detail belongs in the studio's own form.
 */

export interface InputField {
  name: string;
  type: string;
  required: boolean;
  description?: string;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  examples?: unknown[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === 'object' ? (value as JsonSchema) : undefined;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.map((choice) => JSON.stringify(choice)).join(', ')}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type) return type;
  const choices = schema.anyOf ?? schema.oneOf;
  return choices ? choices.map(typeName).join(' or ') : 'any';
}

export function describeInputFields(inputSchema: unknown): InputField[] {
  const schema = asSchema(inputSchema);
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    type: typeName(property),
    required: required.has(name),
    ...(property.description ? { description: property.description } : {}),
  }));
}

/** A starting value: defaults and examples where given, otherwise an empty value of each required field's type. */
export function exampleInput(inputSchema: unknown): unknown {
  const schema = asSchema(inputSchema);
  if (!schema) return {};
  return exampleOf(schema, 0);
}

function exampleOf(schema: JsonSchema, depth: number): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = (schema.anyOf ?? schema.oneOf)?.[0];
  if (choice) return exampleOf(choice, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
    case undefined: {
      if (!schema.properties || depth > 4) return {};
      const required = new Set(schema.required ?? []);
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties)) {
        if (required.has(name) || property.default !== undefined) value[name] = exampleOf(property, depth + 1);
      }
      return value;
    }
    default:
      return null;
  }
}
