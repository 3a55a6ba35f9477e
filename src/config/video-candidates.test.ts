import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../engine/errors/index.ts';
import { standInVideoWorkflow } from '../providers/comfyui/testing/comfyui-video-workflow.ts';
import { createProviderRegistry } from '../providers/index.ts';
import { loadConfig } from './load-config.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-video-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Two ComfyUI servers with a video workflow and one without, in this order. */
const backends = {
  'box-a': { type: 'comfyui', baseURL: 'http://127.0.0.1:1', videoWorkflow: standInVideoWorkflow },
  'pictures-only': { type: 'comfyui', baseURL: 'http://127.0.0.1:2' },
  'box-b': { type: 'comfyui', baseURL: 'http://127.0.0.1:3', videoWorkflow: standInVideoWorkflow },
};
async function videoList(file: object, env: Record<string, string> = {}) {
  await writeFile(join(folder, 'kiln.config.json'), JSON.stringify(file));
  const config = await loadConfig({ cwd: folder, env });
  const registry = createProviderRegistry(config);
  try {
    return { configured: config.capabilities.video, used: [...registry.candidates('video')] };
  } finally {
    await registry.close();
  }
}

describe('the video fallback list', () => {
  it('is the one capabilities.video names, in its order', async () => {
    expect(await videoList({ backends, capabilities: { video: ['box-b:video-workflow', 'box-a:video-workflow'] } })).toEqual({
      configured: ['box-b:video-workflow', 'box-a:video-workflow'],
      used: ['box-b:video-workflow', 'box-a:video-workflow'],
    });
  });

  it('named by none, is every comfyui backend with a videoWorkflow, in the order configured', async () => {
    expect(await videoList({ backends })).toEqual({ configured: [], used: ['box-a:video-workflow', 'box-b:video-workflow'] });
  });

  it('leaves out builtin:ken-burns, the last resort already; named alone it means Ken Burns only', async () => {
    expect((await videoList({ backends, capabilities: { video: ['box-b:video-workflow', 'builtin:ken-burns'] } })).used).toEqual(['box-b:video-workflow']);
    // Alone, it turns the ComfyUI video workflows off: Ken Burns only.
    expect((await videoList({ backends, capabilities: { video: ['builtin:ken-burns'] } })).used).toEqual([]);
  });

  it('takes KILN_VIDEO over the file', async () => {
    expect((await videoList({ backends }, { KILN_VIDEO: 'box-b:video-workflow' })).used).toEqual(['box-b:video-workflow']);
  });

  it('refuses a backend that is not configured, and a model other than the video workflow', async () => {
    const error = await videoList({ capabilities: { video: ['gpu-box:video-workflow'] } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/capabilities\.video\[0\]: "gpu-box:video-workflow" names the backend gpu-box, which is not configured/);

    await writeFile(join(folder, 'kiln.config.json'), JSON.stringify({ backends, capabilities: { video: ['box-a:wan'] } }));
    const registry = createProviderRegistry(await loadConfig({ cwd: folder, env: {} }));
    expect(() => registry.modelById('video', 'box-a:wan')).toThrow(/name it box-a:video-workflow/);
    expect(() => registry.modelById('video', 'pictures-only:video-workflow')).toThrow(/no video models/);
    await registry.close();
  });
});
