import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../engine/errors/index.ts';
import { loadConfig } from './load-config.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const load = (env: Record<string, string> = {}) => loadConfig({ cwd: folder, env });
const write = (name: string, text: string) => writeFile(join(folder, name), text);
const failure = (env: Record<string, string> = {}) => load(env).then(() => new Error('loaded'), (error: unknown) => error);

describe('loadConfig: file and defaults', () => {
  it('runs on defaults alone: the builtin backend, builtin lists, loopback, ./data', async () => {
    const config = await load();
    expect(config.configFile).toBeNull();
    expect(config.backends).toEqual({ builtin: { type: 'builtin' } });
    expect(config.capabilities.moderation).toEqual(['builtin:rules']);
    expect(config.capabilities.text).toEqual(['builtin:storyteller']);
    expect(config.dataDir).toBe(join(folder, 'data'));
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8080, auth: {}, rateLimits: {} });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads kiln.config.yaml, resolving paths against the file', async () => {
    await write(
      'kiln.config.yaml',
      [
        'dataDir: ./kiln-data',
        'backends:',
        '  local:',
        '    type: llamacpp',
        '    modelPath: models/qwen.gguf',
        '    gpu: false',
        '  lmstudio:',
        '    type: openai',
        '    baseURL: http://127.0.0.1:1234/v1',
        'capabilities:',
        '  text: [local:qwen, lmstudio:gemma, builtin:storyteller]',
        'server:',
        '  port: 9000',
        '  auth:',
        '    jwtSecretEnv: SUPABASE_JWT_SECRET',
        '    audience: authenticated',
        '  rateLimits:',
        '    jobs-create:',
        '      max: 5',
        '      timeWindow: 1 minute',
        'limits:',
        '  uploadBytes: 1000000',
      ].join('\n'),
    );
    const config = await load();
    expect(config.configFile).toBe(join(folder, 'kiln.config.yaml'));
    expect(config.dataDir).toBe(join(folder, 'kiln-data'));
    expect(config.backends.local).toEqual({ type: 'llamacpp', modelPath: join(folder, 'models/qwen.gguf'), gpu: false });
    expect(config.capabilities.text).toEqual(['local:qwen', 'lmstudio:gemma', 'builtin:storyteller']);
    expect(config.capabilities.moderation).toEqual(['builtin:rules']);
    expect(config.server).toEqual({
      host: '127.0.0.1',
      port: 9000,
      auth: { jwtSecretEnv: 'SUPABASE_JWT_SECRET', audience: 'authenticated' },
      rateLimits: { 'jobs-create': { max: 5, timeWindow: '1 minute' } },
    });
    expect(config.limits.uploadBytes).toBe(1000000);
  });

  it('reads the file KILN_CONFIG names, JSON included', async () => {
    await write('elsewhere.json', JSON.stringify({ capabilities: { speech: ['builtin:narrator'] }, server: { host: '0.0.0.0' } }));
    const config = await load({ KILN_CONFIG: 'elsewhere.json' });
    expect(config.server.host).toBe('0.0.0.0');
    await expect(load({ KILN_CONFIG: 'missing.yaml' })).rejects.toThrow(/KILN_CONFIG names .*missing\.yaml, which does not exist/);
  });

  it('refuses two config files side by side', async () => {
    await write('kiln.config.json', '{}');
    await write('kiln.config.yml', '');
    await expect(load()).rejects.toThrow(/kiln\.config\.json and .*kiln\.config\.yml; keep one/);
  });
});

describe('loadConfig: errors name the file and the field', () => {
  it.each([
    ['kiln.config.json', '{"capabilities": {"text": ["llama3"]}}', 'capabilities.text[0]', /expected "backend:model"/],
    ['kiln.config.json', '{"server": {"prot": 80}}', 'server.prot', /unknown field/],
    ['kiln.config.json', '{"backends": {"vllm": {"type": "openai"}}}', 'backends.vllm.baseURL', /expected/],
    ['kiln.config.yaml', 'backends:\n  gpu:\n    type: llamacpp\n    modelPath: a.gguf\n    gpu: yes', 'backends.gpu.gpu', /expected auto, cuda, vulkan, metal or false/],
    ['kiln.config.json', '{"backends": {"a:b": {"type": "openai"}}}', 'backends.a:b', /no colon/],
    ['kiln.config.yaml', 'server:\n  port: 99999', 'server.port', /65535/],
  ])('%s %j → %s', async (name, text, field, message) => {
    await write(name, text);
    const error = await failure();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(`${join(folder, name)}: ${field}: `);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).details).toMatchObject({ file: join(folder, name), field });
  });

  it('refuses a secret written into the file, pointing at the env-variable setting instead', async () => {
    await write('kiln.config.json', JSON.stringify({ backends: { openai: { type: 'openai', baseURL: 'https://api.openai.com/v1', apiKey: 'sk-live-123' } } }));
    const error = (await failure()) as ConfigError;
    expect(error.message).toMatch(/backends\.openai\.apiKey: secrets are not read from the config file.*apiKeyEnv/);
    expect(error.message).not.toContain('sk-live-123');
  });

  it('refuses a password inside databaseUrl and an Authorization header', async () => {
    await write('kiln.config.yaml', 'databaseUrl: postgres://kiln:hunter2@db/kiln\nbackends:\n  a:\n    type: openai\n    baseURL: http://x\n    headers:\n      Authorization: Bearer abc');
    const error = (await failure()) as ConfigError;
    expect(error.message).toContain('backends.a.headers.Authorization');
    expect(error.message).toContain('databaseUrl');
  });

  it('refuses literal keys in any auth header a backend sends, and keeps other headers', async () => {
    const headers = { 'Ocp-Apim-Subscription-Key': 'abc', 'x-goog-api-key': 'def', 'X-Custom': 'Bearer ghi', 'X-Title': 'Kiln', 'HTTP-Referer': 'https://kiln.example' };
    await write('kiln.config.json', JSON.stringify({ backends: { cloud: { type: 'openai', baseURL: 'https://api.example.com/v1', headers } } }));
    const error = (await failure()) as ConfigError;
    expect((error.details?.problems as Array<{ field: string }>).map((problem) => problem.field)).toEqual([
      'backends.cloud.headers.Ocp-Apim-Subscription-Key', 'backends.cloud.headers.x-goog-api-key', 'backends.cloud.headers.X-Custom',
    ]);
    expect(error.message).not.toMatch(/abc|def|ghi/);
  });

  it.each(['KILN_JWT_SECRET', 'DATABASE_URL', 'AWS_SECRET_ACCESS_KEY', 'NOTION_TOKEN', 'KILN_OBS_PASSWORD', 'KILN_METRICS_TOKEN', 'MY_NOTION_SECRET'])(
    'refuses %s, one of Kiln\'s own secrets, as a backend\'s key', async (variable) => {
      await write('kiln.config.json', JSON.stringify({
        vocabulary: { notion: { tokenEnv: 'MY_NOTION_SECRET' } },
        backends: { cloud: { type: 'openai', baseURL: 'https://api.example.com/v1', apiKeyEnv: variable } },
      }));
      const error = (await failure()) as ConfigError;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.details).toMatchObject({ field: 'backends.cloud.apiKeyEnv' });
      expect(error.message).toContain(`backends.cloud.apiKeyEnv: ${variable} holds one of Kiln's own secrets`);
    },
  );

  it('keeps a backend key in a variable the operator named in the file (VLLM_API_KEY)', async () => {
    await write('kiln.config.json', JSON.stringify({ backends: { vllm: { type: 'openai', baseURL: 'http://gpu:8000/v1', apiKeyEnv: 'VLLM_API_KEY' } } }));
    expect((await load()).backends.vllm).toMatchObject({ apiKeyEnv: 'VLLM_API_KEY' });
  });

  it('refuses a user name or password inside any backend URL, without repeating it', async () => {
    await write('kiln.config.json', JSON.stringify({ backends: { gpu: { type: 'ollama', baseURL: 'http://kiln:hunter2@gpu.lan:11434' }, cloud: { type: 'comfyui', baseURL: 'https://token123@comfy.example' } } }));
    const error = (await failure()) as ConfigError;
    expect(error.message).toMatch(/backends\.gpu\.baseURL: secrets are not read from the config file/);
    expect(error.message).toContain('backends.cloud.baseURL');
    expect(error.message).not.toContain('hunter2');
  });

  it('names the line of a YAML mistake, and the file of bad JSON', async () => {
    await write('kiln.config.yaml', 'server:\n  port: 80\n    host: x');
    await expect(load()).rejects.toThrow(/kiln\.config\.yaml: line 3: unexpected indent/);
    await rm(join(folder, 'kiln.config.yaml'));
    await write('kiln.config.json', '{"server": ');
    await expect(load()).rejects.toThrow(/kiln\.config\.json: not valid JSON/);
  });

  it('refuses a candidate whose backend is not configured, naming where the list came from', async () => {
    await write('kiln.config.json', JSON.stringify({ capabilities: { image: ['builtin:illustrator', 'comfy:sdxl'] } }));
    await expect(load()).rejects.toThrow(/capabilities\.image\[1\]: "comfy:sdxl" names the backend comfy, which is not configured/);
    await expect(load({ KILN_IMAGE: 'forge:flux' })).rejects.toThrow(/^KILN_IMAGE: "forge:flux" names the backend forge/);
  });
});

describe('loadConfig: environment', () => {
  it('takes fallback lists from KILN_<CAPABILITY>, adding ollama at its usual address when named', async () => {
    const config = await load({ KILN_TEXT: 'ollama:llama3.2, builtin:storyteller', KILN_DESCRIPTION: 'ollama:llava' });
    expect(config.capabilities.text).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
    expect(config.capabilities.description).toEqual(['ollama:llava']);
    expect(config.backends.ollama).toEqual({ type: 'ollama' });
    await expect(load({ KILN_TEXT: 'llama3.2' })).rejects.toThrow(/KILN_TEXT: "llama3.2" is not of the form backend:model/);
  });

  it('adds or overrides the ollama, openai and llamacpp backends, keeping the key out of the config', async () => {
    await write('kiln.config.json', JSON.stringify({ backends: { ollama: { type: 'ollama', keepAlive: '10m' } } }));
    const config = await load({
      KILN_OLLAMA_URL: 'http://gpu-box:11434',
      KILN_OPENAI_URL: 'http://127.0.0.1:8880/v1',
      KILN_OPENAI_API_KEY: 'sk-secret-value',
      KILN_LLAMACPP_MODEL: 'models/tiny.gguf',
    });
    expect(config.backends.ollama).toEqual({ type: 'ollama', keepAlive: '10m', baseURL: 'http://gpu-box:11434' });
    expect(config.backends.openai).toEqual({ type: 'openai', baseURL: 'http://127.0.0.1:8880/v1', apiKeyEnv: 'KILN_OPENAI_API_KEY' });
    expect(config.backends.llamacpp).toEqual({ type: 'llamacpp', modelPath: join(folder, 'models/tiny.gguf') });
    expect(JSON.stringify(config)).not.toContain('sk-secret-value');
  });

  it('takes the server, storage and auth settings from the environment', async () => {
    const config = await load({
      PORT: '3000',
      HOST: '0.0.0.0',
      KILN_DATA_DIR: '/var/lib/kiln',
      DATABASE_URL: 'postgres://kiln:pw@db:5432/kiln',
      KILN_JWT_SECRET: 'very-secret',
      KILN_JWKS_URL: 'https://auth.example.com/.well-known/jwks.json',
    });
    expect(config.server).toMatchObject({ port: 3000, host: '0.0.0.0', auth: { jwtSecretEnv: 'KILN_JWT_SECRET', jwksUrl: 'https://auth.example.com/.well-known/jwks.json' } });
    expect(config.dataDir).toBe('/var/lib/kiln');
    expect(config.databaseUrl).toBe('postgres://kiln:pw@db:5432/kiln');
    expect(JSON.stringify(config)).not.toContain('very-secret');
  });

  it('reads the public host, the metrics token\'s variable and the token lifetime from the file and the environment', async () => {
    await write('kiln.config.json', JSON.stringify({ server: { publicHost: 'kiln.home.arpa', metricsTokenEnv: 'PROMETHEUS_TOKEN', auth: { maxTokenLifetimeSeconds: 3600 } } }));
    expect((await load()).server).toMatchObject({ publicHost: 'kiln.home.arpa', metricsTokenEnv: 'PROMETHEUS_TOKEN', auth: { maxTokenLifetimeSeconds: 3600 } });
    await rm(join(folder, 'kiln.config.json'));
    const fromEnvironment = await load({ KILN_PUBLIC_HOST: 'studio.lan', KILN_METRICS_TOKEN: 'scrape-token' });
    expect(fromEnvironment.server).toMatchObject({ publicHost: 'studio.lan', metricsTokenEnv: 'KILN_METRICS_TOKEN' });
    expect(JSON.stringify(fromEnvironment)).not.toContain('scrape-token');
  });

  it('reads the log level from the file, and KILN_LOG_LEVEL over it', async () => {
    await write('kiln.config.json', JSON.stringify({ server: { logLevel: 'warn' } }));
    expect((await load()).server.logLevel).toBe('warn');
    expect((await load({ KILN_LOG_LEVEL: 'debug' })).server.logLevel).toBe('debug');
    await rm(join(folder, 'kiln.config.json'));
    expect((await load()).server.logLevel).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ KILN_LOG_LEVEL: 'verbose' }, /KILN_LOG_LEVEL must be one of trace, debug, info, warn, error; got "verbose"/],
    [{ KILN_OLLAMA_URL: 'localhost:11434' }, /KILN_OLLAMA_URL must be an http/],
    [{ KILN_OPENAI_URL: 'http://user:hunter2@llm.lan/v1' }, /^(?!.*hunter2)KILN_OPENAI_URL holds a user name or password; /],
    [{ KILN_OPENAI_API_KEY: 'sk-1' }, /KILN_OPENAI_API_KEY is set but there is no openai backend/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
  ])('refuses %j, naming the variable', async (env, message) => {
    await expect(load(env)).rejects.toThrow(message);
  });
});

describe('loadConfig: live studio limits', () => {
  it('reads them from the file and refuses values out of range', async () => {
    await write('kiln.config.json', JSON.stringify({ live: { maxActiveSessions: 4, maxFrameBytes: 65536 } }));
    expect((await load()).live).toEqual({ maxActiveSessions: 4, maxFrameBytes: 65536 });
    await write('kiln.config.json', JSON.stringify({ live: { maxFramesPerSecond: 0 } }));
    expect(String(await failure())).toMatch(/live\.maxFramesPerSecond/);
  });
});
