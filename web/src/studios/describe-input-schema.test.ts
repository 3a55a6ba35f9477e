import { describe, expect, it } from 'vitest';
import { describeInputFields, exampleInput } from './describe-input-schema.ts';

const storySchema = {
  type: 'object',
  properties: {
    childName: { type: 'string', description: 'Who the story is for' },
    age: { type: 'integer', minimum: 2 },
    length: { enum: ['short', 'long'], default: 'short' },
    theme: { type: 'string' },
    settings: { type: 'object', properties: { voice: { type: 'boolean' } }, required: ['voice'] },
  },
  required: ['childName', 'age', 'settings'],
};

describe('describeInputFields', () => {
  it('lists top-level fields with their type, whether required, and description', () => {
    expect(describeInputFields(storySchema)).toEqual([
      { name: 'childName', type: 'string', required: true, description: 'Who the story is for' },
      { name: 'age', type: 'integer', required: true },
      { name: 'length', type: 'one of "short", "long"', required: false },
      { name: 'theme', type: 'string', required: false },
      { name: 'settings', type: 'object', required: true },
    ]);
  });

  it('describes nothing when the schema is not an object schema', () => {
    expect(describeInputFields(undefined)).toEqual([]);
    expect(describeInputFields({ type: 'string' })).toEqual([]);
  });
});

describe('exampleInput', () => {
  it('fills required fields and defaults, leaving optional ones out', () => {
    expect(exampleInput(storySchema)).toEqual({ childName: '', age: 2, length: 'short', settings: { voice: false } });
  });
});
