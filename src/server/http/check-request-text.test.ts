import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { findInvalidText } from './check-request-text.ts';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
});
afterAll(() => testRuntime.close());

let app: FastifyInstance | undefined;
beforeAll(async () => {
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
});
afterAll(() => app?.close());

const json = { 'content-type': 'application/json' };

async function refusal(options: InjectOptions) {
  const response = await app!.inject(options);
  expect(response.statusCode).toBe(400);
  return response.json().error as { code: string; message: string };
}

describe('text in requests', () => {
  it('refuses a NUL character in a JSON field with 400 naming the field', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { label: 'a\u0000b' } } });
    expect(error).toMatchObject({ code: 'bad_input', message: 'The body field `input.label` contains a NUL character (U+0000); remove it.' });
  });

  it('refuses a lone surrogate in a JSON field', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', headers: json, payload: '{"pipeline":"diagnostic","input":{"label":"a\\ud800b"}}' });
    expect(error.message).toBe('The body field `input.label` contains a lone UTF-16 surrogate (\\ud800), which is not text; send valid Unicode.');
  });

  it('checks object keys and list items too', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', headers: json, payload: '{"pipeline":"diagnostic","input":{"a\\u0000":1}}' });
    expect(error.message).toMatch(/^The body field `input\.a\\u0000` \(its name\) contains a NUL character/);
  });

  it('refuses a NUL in a path id and in a query string', async () => {
    expect((await refusal({ method: 'GET', url: '/api/jobs/%00' })).message).toMatch(/^The path field `id` contains a NUL/);
    expect((await refusal({ method: 'GET', url: '/api/jobs?status=%00' })).message).toMatch(/^The query string field `status` contains a NUL/);
  });

  it('lets ordinary text through, emoji and Japanese included', async () => {
    const response = await app!.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { steps: 1, label: '夜の猫 🐈' } } });
    expect(response.statusCode).toBe(202);
  });

  it('finds the first bad field of a nested value, for routes that read their own fields (multipart)', () => {
    expect(findInvalidText({ ok: ['fine', 'x\u0000'] })).toEqual({ path: 'ok.1', inName: false, problem: 'a NUL character (U+0000); remove it' });
    expect(findInvalidText('plain')).toBeUndefined();
  });
});

describe('JSON bodies', () => {
  it('says that __proto__ keys are not allowed rather than calling the body invalid JSON', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', headers: json, payload: '{"pipeline":"diagnostic","input":{"__proto__":{"x":1}}}' });
    expect(error.message).toBe('The body has a key named `__proto__` (at input.__proto__); keys named __proto__, and constructor keys holding a prototype, are not allowed.');
  });

  it('says the same of constructor keys', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', headers: json, payload: '{"pipeline":"diagnostic","input":{"constructor":{"prototype":{}}}}' });
    expect(error.message).toMatch(/key named `constructor` \(at input\.constructor\)/);
  });

  it('still calls broken JSON broken', async () => {
    const error = await refusal({ method: 'POST', url: '/api/jobs', headers: json, payload: '{"pipeline": "diagnostic",' });
    expect(error.message).toBe('The body is not valid JSON; check for a missing quote, comma or brace.');
  });
});

describe('odd URLs', () => {
  it('answers a 300-character id in Kiln\'s error shape', async () => {
    const response = await app!.inject({ method: 'GET', url: `/api/jobs/${'a'.repeat(300)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.stringMatching(/^Nothing is found at this address: a part of the path is longer than/) } });
  });

  it('answers a malformed percent-escape in Kiln\'s error shape', async () => {
    const response = await app!.inject({ method: 'GET', url: '/api/jobs/%zz' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_input');
  });
});
