import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../engine/errors/index.ts';
import { maxJsonDepth, parseJsonBody } from './parse-json-body.ts';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('parseJsonBody', () => {
  it('reads JSON nested as deep as the limit', () => {
    expect(() => parseJsonBody(nested(maxJsonDepth))).not.toThrow();
    expect(() => parseJsonBody(nestedObjects(maxJsonDepth))).not.toThrow();
  });

  it.each([
    ['arrays', nested(maxJsonDepth + 1)],
    ['objects', nestedObjects(maxJsonDepth + 1)],
    ['arrays deep enough to overflow a recursive walk', nested(200_000)],
    ['objects deep enough to overflow a recursive walk', nestedObjects(200_000)],
  ])('refuses %s nested past the limit with a sentence', (_label, body) => {
    expect(() => parseJsonBody(body)).toThrowError(BadInputError);
    expect(() => parseJsonBody(body)).toThrowError(`nested more than ${maxJsonDepth} levels deep`);
  });

  it('names a prototype key and where it is', () => {
    expect(() => parseJsonBody('{"a":[{"__proto__":{}}]}')).toThrowError(/`__proto__` \(at a\.0\.__proto__\)/);
    expect(() => parseJsonBody('{"constructor":{"prototype":{}}}')).toThrowError(BadInputError);
    expect(parseJsonBody('{"constructor":"x"}')).toEqual({ constructor: 'x' });
  });
});
