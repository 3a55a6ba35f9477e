/**
 * Discovery and model listing, contract-tested against the local stand-ins (each answers its
 * server's listing endpoint as that server documents it; none is the real server). The ports are
 * the stand-ins' own, passed in, so nothing here depends on what runs on this machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnkiConnectStandIn } from '../../pipelines/vocabulary/testing/anki-connect-stand-in.ts';
import { startObsStandIn, type ObsStandIn } from '../../integrations/obs/testing/obs-stand-in.ts';
import { startAutomatic1111StandIn } from '../automatic1111/testing/automatic1111-stand-in.ts';
import { startComfyUiStandIn } from '../comfyui/testing/comfyui-stand-in.ts';
import { startOllamaStandIn } from '../ollama/testing/ollama-stand-in.ts';
import { startOpenAIStandIn } from '../openai/testing/openai-stand-in.ts';
import { startStyleBertVits2StandIn } from '../style-bert-vits2/testing/style-bert-vits2-stand-in.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import { pause, startStandIn } from '../testing/start-stand-in.ts';
import { detectBackends, detectTargets } from './detect-backends.ts';

const portOf = (address: string) => Number(new URL(address.replace(/^ws/, 'http')).port);

describe('discovery of local model servers (contract tests against the stand-ins)', () => {
  const closers: (() => Promise<unknown>)[] = [];
  const ports: Record<string, number> = {};
  let obs: ObsStandIn;

  beforeAll(async () => {
    const ollama = await startOllamaStandIn({ models: ['llama3.2', 'llava'] });
    const openai = await startOpenAIStandIn({ models: ['qwen2.5-7b-instruct', 'whisper-1', 'tts-1'] });
    const comfy = await startComfyUiStandIn({ checkpoints: ['sd_xl_base_1.0.safetensors'] });
    const a1111 = await startAutomatic1111StandIn({ checkpoints: ['v1-5-pruned-emaonly.safetensors [6ce0161689]'] });
    const sbv2 = await startStyleBertVits2StandIn();
    const anki = await startAnkiConnectStandIn();
    obs = await startObsStandIn();
    // Garbage, errors and silence, each where a real server would be.
    const html = await startStandIn(async () => ({ headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode('<html>router login</html>') }));
    const failing = await startStandIn(async () => ({ status: 500, body: { error: 'out of memory' } }));
    const wrongShape = await startStandIn(async () => ({ body: { models: 'none' } }));
    const slow = await startStandIn(async (request) => { await Promise.race([pause(10_000), request.hungUp]); return { body: {} }; });
    closers.push(ollama.close, openai.close, comfy.close, a1111.close, sbv2.close, anki.close, obs.close, html.close, failing.close, wrongShape.close, slow.close);
    Object.assign(ports, {
      ollama: portOf(ollama.origin), openai: portOf(openai.origin), comfy: portOf(comfy.origin), a1111: portOf(a1111.origin),
      sbv2: portOf(sbv2.origin), anki: portOf(anki.url), obs: portOf(obs.address), html: portOf(html.origin),
      failing: portOf(failing.origin), wrongShape: portOf(wrongShape.origin), slow: portOf(slow.origin),
      closed: portOf(await closedPortURL()),
    });
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });

  it('lists each server that answered, with its models from its own listing endpoint and what each is for', async () => {
    const found = await detectBackends({
      targets: [
        { kind: 'ollama', port: ports.ollama }, { kind: 'openai-compatible', port: ports.openai }, { kind: 'comfyui', port: ports.comfy },
        { kind: 'automatic1111', port: ports.a1111 }, { kind: 'style-bert-vits2', port: ports.sbv2 }, { kind: 'ankiconnect', port: ports.anki },
        { kind: 'obs-websocket', port: ports.obs }, { kind: 'ollama', port: ports.closed },
      ],
    });
    const byKind = Object.fromEntries(found.map((server) => [server.kind, server]));
    // Nothing listening is nothing to show.
    expect(found).toHaveLength(7);
    expect(found.every((server) => server.state === 'usable')).toBe(true);
    expect(byKind.ollama.backend).toEqual({ type: 'ollama', baseURL: `http://127.0.0.1:${ports.ollama}` });
    expect(byKind.ollama.models).toEqual([
      { id: 'llama3.2:latest', capabilities: ['text'] },
      { id: 'llava:latest', capabilities: ['description', 'text'], hint: 'vision model: can describe pictures' },
    ]);
    expect(byKind['openai-compatible'].backend).toEqual({ type: 'openai', baseURL: `http://127.0.0.1:${ports.openai}/v1` });
    expect(byKind['openai-compatible'].models.map((model) => [model.id, model.capabilities[0]])).toEqual([
      ['qwen2.5-7b-instruct', 'text'], ['whisper-1', 'transcription'], ['tts-1', 'speech'],
    ]);
    expect(byKind.comfyui.models).toEqual([{ id: 'sd_xl_base_1.0.safetensors', capabilities: ['image', 'restyle'] }]);
    expect(byKind.automatic1111.models.map((model) => model.id)).toEqual(['v1-5-pruned-emaonly.safetensors [6ce0161689]']);
    expect(byKind['style-bert-vits2'].models.map((model) => model.id)).toEqual(['jvnv-F1-jp']);
    expect(byKind.ankiconnect.backend).toBeUndefined();
    expect(byKind.ankiconnect.usedFor).toContain('Anki sync (AnkiConnect version 6)');
    expect(byKind['obs-websocket'].usedFor).toMatch(/OBS overlay \(obs-websocket 5\./);
  });

  it('lists garbage, errors and silence as found but unusable, each with its reason, and waits for none of them', async () => {
    const found = await detectBackends({
      timeoutMs: 500,
      targets: [
        { kind: 'ollama', port: ports.html }, { kind: 'ollama', port: ports.failing }, { kind: 'ollama', port: ports.wrongShape },
        { kind: 'comfyui', port: ports.slow }, { kind: 'ollama', port: ports.ollama },
      ],
    });
    const reasons = Object.fromEntries(found.map((server) => [portOf(server.address), server.state === 'usable' ? 'usable' : server.reason]));
    expect(reasons).toEqual({
      [ports.html]: 'It answered /api/tags with something that is not JSON.',
      [ports.failing]: expect.stringMatching(/^It answered \/api\/tags with HTTP 500 \(.*out of memory/),
      [ports.wrongShape]: 'It answered, but its model list (/api/tags) is not a list.',
      [ports.slow]: 'It accepted the connection but did not answer within 0.5 s.',
      [ports.ollama]: 'usable',
    });
  });

  it('asks only the address an administrator typed, for every kind, and says when nothing there is known', async () => {
    const [typed] = await detectBackends({ address: `127.0.0.1:${ports.comfy}`, targets: [] });
    expect(typed).toMatchObject({ kind: 'comfyui', state: 'usable', address: `http://127.0.0.1:${ports.comfy}` });
    const [nothing] = await detectBackends({ address: `http://127.0.0.1:${ports.closed}` });
    expect(nothing).toMatchObject({ state: 'unusable', reason: 'Nothing answered there.' });
    await expect(detectBackends({ address: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('never probes Kiln\'s own port, and reads a port list as kind=port pairs', async () => {
    const found = await detectBackends({ targets: [{ kind: 'ollama', port: ports.ollama }], ownPort: ports.ollama });
    expect(found).toEqual([]);
    expect(detectTargets(`ollama=${ports.ollama}, comfyui=8188`)).toEqual([{ kind: 'ollama', port: ports.ollama }, { kind: 'comfyui', port: 8188 }]);
    expect(() => detectTargets('ollama=http://evil')).toThrow(/not kind=port/);
    expect(detectTargets().map((target) => target.port)).toEqual([11434, 8080, 8000, 1234, 8188, 7860, 8880, 5000, 8765, 4455]);
  });
});
