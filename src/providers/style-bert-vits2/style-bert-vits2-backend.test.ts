import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechConformance } from '../conformance/speech.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import { readWav } from '../testing/media-encoders.ts';
import { createStyleBertVits2Backend } from './style-bert-vits2-backend.ts';
import { startStyleBertVits2StandIn, type StyleBertVits2StandIn } from './testing/style-bert-vits2-stand-in.ts';

let standIn: StyleBertVits2StandIn;
let slowStandIn: StyleBertVits2StandIn;
let closedURL: string;

beforeAll(async () => {
  standIn = await startStyleBertVits2StandIn();
  slowStandIn = await startStyleBertVits2StandIn({ delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = (baseURL = standIn.origin) => createStyleBertVits2Backend({ name: 'sbv2', baseURL, style: 'Happy' });
const label = 'style-bert-vits2 backend, contract test against a local stand-in';

speechConformance(label, {
  model: () => backend().model('speech', '0'),
  slow: () => backend(slowStandIn.origin).model('speech', '0'),
  unreachable: () => backend(closedURL).model('speech', '0'),
  provider: 'sbv2',
  modelId: '0',
});

describe(label, () => {
  it('asks GET /voice for the model, speaker, style and language, and answers its WAV', async () => {
    const result = await backend().model('speech', 'jvnv-F1-jp').speak({ text: '草生えた', voice: 'jvnv-F1-jp', language: 'ja', speed: 2 });
    expect(result.audio.mediaType).toBe('audio/wav');
    expect(readWav(result.audio.data)?.comment).toBe('草生えた');
    const query = Object.fromEntries(standIn.voiceRequests.at(-1)!);
    expect(query).toMatchObject({ text: '草生えた', model_name: 'jvnv-F1-jp', speaker_name: 'jvnv-F1-jp', style: 'Happy', language: 'JP', length: '0.5' });
    expect(result.warnings).toEqual([]);
  });

  it('warns for a language the server lacks and speaks it as Japanese', async () => {
    const result = await backend().model('speech', '0').speak({ text: 'ciao', language: 'it' });
    expect(result.warnings.map((warning) => warning.setting)).toEqual(['language']);
    expect(standIn.voiceRequests.at(-1)!.get('language')).toBe('JP');
  });

  it('fails with the server’s reason for an unknown speaker, and serves speech only', async () => {
    await expect(backend().model('speech', '0').speak({ text: 'はい', voice: '7' })).rejects.toThrow(/speaker_id=7 not found/);
    expect(() => backend().model('text', '0')).toThrow(/serves speech only/);
  });

  it('is ready when /models/info lists a model, unavailable when the server is down', async () => {
    expect(await backend().health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
    expect(await backend(closedURL).health(AbortSignal.timeout(2000))).toMatchObject({ state: 'unavailable', device: 'remote' });
  });
});
