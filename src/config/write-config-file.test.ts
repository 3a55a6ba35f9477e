import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError, ConflictError } from '../engine/errors/index.ts';
import { readEditableConfig } from './read-editable-config.ts';
import { writeConfigFile, type ConfigChange } from './write-config-file.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-write-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const source = (env: Record<string, string> = {}) => ({ cwd: folder, env });
const ollamaChange: ConfigChange = {
  backends: { ollama: { type: 'ollama', baseURL: 'http://127.0.0.1:11434' } },
  capabilities: { text: ['ollama:llama3.2', 'builtin:storyteller'] },
};
const failure = (change: ConfigChange, env: Record<string, string> = {}) =>
  writeConfigFile(source(env), change).then(() => new Error('written'), (error: unknown) => error);

describe('writeConfigFile', () => {
  it('creates kiln.config.json in the working folder and answers the config the server would load', async () => {
    const config = await writeConfigFile(source(), ollamaChange);
    expect(config.configFile).toBe(join(folder, 'kiln.config.json'));
    expect(config.capabilities.text).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
    expect(config.backends.ollama).toEqual({ type: 'ollama', baseURL: 'http://127.0.0.1:11434' });
    expect(JSON.parse(await readFile(join(folder, 'kiln.config.json'), 'utf8'))).toEqual(ollamaChange);
  });

  it('creates the file KILN_CONFIG names when it does not exist yet', async () => {
    const config = await writeConfigFile(source({ KILN_CONFIG: 'my-kiln.json' }), ollamaChange);
    expect(config.configFile).toBe(join(folder, 'my-kiln.json'));
    expect(await readdir(folder)).toEqual(['my-kiln.json']);
  });

  it('keeps the rest of the file (server, limits) as it was', async () => {
    await writeFile(join(folder, 'kiln.config.json'), JSON.stringify({ server: { port: 9090 }, limits: { bodyBytes: 2048 } }));
    const config = await writeConfigFile(source(), ollamaChange);
    expect(config.server.port).toBe(9090);
    const written = JSON.parse(await readFile(join(folder, 'kiln.config.json'), 'utf8'));
    expect(written).toEqual({ server: { port: 9090 }, limits: { bodyBytes: 2048 }, ...ollamaChange });
    expect((await readEditableConfig(source())).backends).toEqual(ollamaChange.backends);
  });

  it('refuses a literal secret before writing anything, naming the field', async () => {
    const original = JSON.stringify({ server: { port: 9090 } });
    await writeFile(join(folder, 'kiln.config.json'), original);
    const error = await failure({
      backends: { cloud: { type: 'openai', baseURL: 'https://api.example.com/v1', apiKey: 'sk-live-123' } },
      capabilities: { text: ['cloud:gpt-4o-mini'] },
    });
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).details?.field).toBe('backends.cloud.apiKey');
    expect((error as BadInputError).message).not.toContain('sk-live-123');
    expect(await readFile(join(folder, 'kiln.config.json'), 'utf8')).toBe(original);
    expect(await readdir(folder)).toEqual(['kiln.config.json']);
  });

  it('refuses credentials inside a backend address', async () => {
    const error = await failure({ backends: { ollama: { type: 'ollama', baseURL: 'http://user:pass@127.0.0.1:11434' } }, capabilities: {} });
    expect((error as BadInputError).details?.field).toBe('backends.ollama.baseURL');
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves the file as it was when the loader refuses the change, and no temporary file behind', async () => {
    const original = JSON.stringify(ollamaChange);
    await writeFile(join(folder, 'kiln.config.json'), original);
    const unknownBackend = await failure({ backends: {}, capabilities: { text: ['comfy:sd-turbo'] } });
    expect(unknownBackend).toBeInstanceOf(BadInputError);
    expect((unknownBackend as BadInputError).details?.field).toBe('capabilities.text[0]');
    expect((unknownBackend as BadInputError).message).toContain(join(folder, 'kiln.config.json'));
    const badAddress = await failure({ backends: { ollama: { type: 'ollama', baseURL: 'not an address' } }, capabilities: {} });
    expect((badAddress as BadInputError).details?.field).toBe('backends.ollama.baseURL');
    const typo = await failure({ backends: { ollama: { type: 'ollama', baseUrl: 'http://127.0.0.1:11434' } }, capabilities: {} });
    expect((typo as BadInputError).details?.field).toBe('backends.ollama.baseUrl');
    expect(await readFile(join(folder, 'kiln.config.json'), 'utf8')).toBe(original);
    expect(await readdir(folder)).toEqual(['kiln.config.json']);
  });

  it('does not rewrite a YAML file, whose comments a rewrite would lose', async () => {
    await writeFile(join(folder, 'kiln.config.yaml'), '# mine\nserver:\n  port: 9090\n');
    expect(await failure(ollamaChange)).toBeInstanceOf(ConflictError);
    expect(await readFile(join(folder, 'kiln.config.yaml'), 'utf8')).toBe('# mine\nserver:\n  port: 9090\n');
  });

  it('reports capabilities that the environment overrides', async () => {
    expect((await readEditableConfig(source({ KILN_TEXT: 'builtin:storyteller' }))).environmentOverrides).toEqual(['text']);
  });
});
