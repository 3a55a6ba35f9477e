import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';

describe('the README configuration example', () => {
  it('loads as written, so a user who copies it gets a working file', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const folder = await mkdtemp(join(tmpdir(), 'kiln-readme-'));
    try {
      await writeFile(join(folder, 'kiln.config.json'), example!);
      const config = await loadConfig({ cwd: folder, env: { KILN_DATA_DIR: folder } });
      expect(Object.keys(config.backends)).toEqual(expect.arrayContaining(['ollama', 'vllm', 'local', 'comfy', 'azure-safety', 'gemini']));
      expect(config.capabilities.restyle).toEqual(['comfy:sd-turbo', 'builtin:filters']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
