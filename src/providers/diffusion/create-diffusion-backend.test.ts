import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilterRestyleModel } from '../../media/filters/create-filter-restyle-model.ts';
import { createBuiltinBackend } from '../builtin/builtin-backend.ts';
import { createBuiltinModelCatalog } from '../builtin/builtin-models.ts';
import { createRegistry } from '../registry.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import { sceneJpeg } from '../../live-style/testing/camera-frame.ts';
import { createAutomatic1111Backend } from '../automatic1111/automatic1111-backend.ts';
import { createComfyUiBackend } from '../comfyui/comfyui-backend.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from '../comfyui/testing/comfyui-stand-in.ts';

let comfy: ComfyUiStandIn;
let deadURL: string;
beforeAll(async () => {
  [comfy, deadURL] = await Promise.all([startComfyUiStandIn(), closedPortURL()]);
});
afterAll(() => comfy.close());

function registry(comfyURL: string) {
  const catalog = createBuiltinModelCatalog();
  catalog.register('restyle', 'filters', (identity) => createFilterRestyleModel(identity));
  return createRegistry({
    backends: [createComfyUiBackend({ name: 'gpu-box', baseURL: comfyURL }), createBuiltinBackend({ catalog })],
    capabilities: { restyle: ['gpu-box:sd_turbo.safetensors', 'builtin:filters'] },
  });
}

describe('diffusion restyle backends in the registry (contract test against local stand-in)', () => {
  it('serves restyle from the ComfyUI server while it is up', async () => {
    const served: string[] = [];
    const model = registry(comfy.origin).model('restyle', { onServed: (candidate) => served.push(candidate) });
    const result = await model.restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'preset:comic' });
    expect(served).toEqual(['gpu-box:sd_turbo.safetensors']);
    expect(result.image.mediaType).toBe('image/png');
  });

  it('falls back to the built-in filters when the server cannot be reached', async () => {
    const skipped: string[] = [];
    const model = registry(deadURL).model('restyle', { onServed: (_candidate, passed) => skipped.push(...passed.map((entry) => entry.reason)) });
    const result = await model.restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'preset:comic' });
    expect(result.image.mediaType).toBe('image/jpeg');
    expect(skipped).toEqual([expect.stringMatching(/^gpu-box could not be reached at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/)]);
  });

  it('reports health and refuses capabilities it does not have', async () => {
    const health = await registry(deadURL).health();
    expect(health.find((backend) => backend.name === 'gpu-box')).toMatchObject({ type: 'comfyui', state: 'unavailable', serves: { restyle: ['sd_turbo.safetensors'] } });
    expect(() => createAutomatic1111Backend().model('text', 'default')).toThrow(/restyles and draws pictures; it has no text models/);
  });
});
