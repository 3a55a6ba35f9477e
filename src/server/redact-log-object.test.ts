import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger-options.ts';
import { redactLogObject } from './redact-log-object.ts';

describe('redactLogObject', () => {
  it('hides credential-named keys at any depth, in objects, arrays and errors', () => {
    const error = Object.assign(new Error('backend refused'), { config: { baseURL: 'http://x', apiKey: 'sk-123' } });
    const logged = redactLogObject({
      msg: 'x',
      backends: [{ name: 'a', settings: { token: 't-1', nested: { password: 'p' } } }],
      req: { headers: { authorization: 'Bearer abc', cookie: 'c=1', accept: '*/*' } },
      err: error,
    });
    expect(JSON.stringify(logged)).not.toMatch(/sk-123|t-1|"p"|Bearer abc|c=1/);
    expect(logged.req.headers.accept).toBe('*/*');
    expect(logged.err).toMatchObject({ message: 'backend refused', config: { baseURL: 'http://x', apiKey: '[redacted]' } });
    expect(error.config.apiKey).toBe('sk-123');
  });

  it('returns the very object when nothing needs hiding', () => {
    const line = { method: 'GET', url: '/api/jobs/1', statusCode: 200, ms: 1.2 };
    expect(redactLogObject(line)).toBe(line);
  });
});

describe('the logger', () => {
  it('writes no credential from a nested config or a child logger binding', () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const options = loggerOptions({ level: 'info', stream });
    if (!options) throw new Error('logging should be on');
    const logger = pino(options, stream).child({ backend: { apiKey: 'bound-key' } });
    logger.info({ authorization: 'Bearer top', config: { backends: { a: { apiKey: 'deep-key', accessToken: 'at' } } } }, 'configured');
    const written = lines.join('');
    expect(written).toContain('configured');
    expect(written).not.toMatch(/bound-key|Bearer top|deep-key|"at"/);
  });
});
