import { describe, expect, it } from 'vitest';
import { toDraft, toEntry } from './backend-draft.ts';

describe('backend drafts', () => {
  it('round-trips an entry through the form fields', () => {
    const entry = { type: 'openai', baseURL: 'http://127.0.0.1:1234/v1', apiKeyEnv: 'LM_KEY', voice: 'alloy' };
    const draft = toDraft('lmstudio', entry);
    expect(draft).toMatchObject({ name: 'lmstudio', address: 'http://127.0.0.1:1234/v1', apiKeyEnv: 'LM_KEY' });
    expect(JSON.parse(draft.otherSettings)).toEqual({ voice: 'alloy' });
    expect(toEntry(draft)).toEqual(entry);
  });

  it('uses `endpoint` for Azure backends and no address for built-in ones', () => {
    expect(toEntry({ ...toDraft('az', { type: 'azure-vision' }), address: 'https://x.example.com' })).toEqual({ type: 'azure-vision', endpoint: 'https://x.example.com' });
    expect(toEntry({ ...toDraft('b', { type: 'builtin' }), address: 'http://ignored' })).toEqual({ type: 'builtin' });
  });

  it('refuses other settings that are not a JSON object, naming the backend', () => {
    expect(() => toEntry({ ...toDraft('comfy', { type: 'comfyui' }), otherSettings: '{ steps: 4 }' })).toThrow(/comfy: .*not valid JSON/);
    expect(() => toEntry({ ...toDraft('comfy', { type: 'comfyui' }), otherSettings: '[1]' })).toThrow(/JSON object/);
  });
});
