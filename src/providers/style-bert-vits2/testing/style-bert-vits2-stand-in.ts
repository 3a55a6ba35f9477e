/**
 * A stand-in for Style-Bert-VITS2's FastAPI server on 127.0.0.1, for contract tests. It answers
 * `GET /models/info` with one model's speakers and styles and `GET /voice` with a WAV tone as long
 * as the text (the text in a WAV comment, so tests can read back what was said), refusing unknown
 * models, speakers and styles with FastAPI's 422 validation shape, as the real server does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeWav } from '../../../media/audio/encode-wav.ts';

export interface StyleBertVits2StandIn {
  origin: string;
  /** The query of every /voice request, oldest first. */
  voiceRequests: URLSearchParams[];
  close(): Promise<void>;
}

const model = {
  config_path: 'model_assets/jvnv-F1-jp/config.json',
  model_path: 'model_assets/jvnv-F1-jp/jvnv-F1-jp_e160_s14000.safetensors',
  device: 'cpu',
  spk2id: { 'jvnv-F1-jp': 0 },
  id2spk: { 0: 'jvnv-F1-jp' },
  style2id: { Neutral: 0, Happy: 1 },
};

export async function startStyleBertVits2StandIn(options: { delayMs?: number } = {}): Promise<StyleBertVits2StandIn> {
  const voiceRequests: URLSearchParams[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const invalid = (parameter: string, message: string) => json(422, { detail: [{ type: 'invalid_params', loc: ['query', parameter], msg: message }] });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (request.method === 'GET' && url.pathname === '/models/info') return json(200, { 0: model });
    if (url.pathname !== '/voice' || (request.method !== 'GET' && request.method !== 'POST')) return json(404, { detail: 'Not Found' });
    const query = url.searchParams;
    voiceRequests.push(query);
    const text = query.get('text');
    if (!text) return json(422, { detail: [{ type: 'missing', loc: ['query', 'text'], msg: 'Field required' }] });
    const modelName = query.get('model_name');
    if (modelName !== null ? modelName !== 'jvnv-F1-jp' : Number(query.get('model_id') ?? 0) !== 0) {
      return invalid('model_id', `model_id=${query.get('model_id') ?? modelName} not found`);
    }
    const speakerName = query.get('speaker_name');
    if (speakerName !== null ? !(speakerName in model.spk2id) : Number(query.get('speaker_id') ?? 0) !== 0) {
      return invalid('speaker_id', `speaker_id=${query.get('speaker_id') ?? speakerName} not found`);
    }
    if (!((query.get('style') ?? 'Neutral') in model.style2id)) return invalid('style', `style=${query.get('style')} not found`);
    if (!['JP', 'EN', 'ZH'].includes(query.get('language') ?? 'JP')) return invalid('language', "Input should be 'JP', 'EN' or 'ZH'");
    const seconds = Math.min(10, 0.15 * [...text].length) * Number(query.get('length') ?? 1);
    const samples = Float32Array.from({ length: Math.round(seconds * 22050) }, (_, index) => 0.2 * Math.sin((index * 2 * Math.PI * 220) / 22050));
    response.writeHead(200, { 'content-type': 'audio/wav' });
    response.end(encodeWav(samples, 22050, text));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    voiceRequests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
