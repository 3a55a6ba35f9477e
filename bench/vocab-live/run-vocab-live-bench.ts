// npm run bench:vocab-live: 20 streamers speak at once to one Kiln server over loopback websockets;
// each utterance gets items (the real analyser), a reply (OpenAI-compatible stand-in) and a voice
// (Style-Bert-VITS2 stand-in). The gateway's overhead is each utterance's time minus its model time
// (analyser, reply, speech and waiting for them), as the server measures it and as a client sees it
// (send → latency message). Clients, stand-ins and server share this process and its event loop, so
// the figures are upper bounds. The last line is JSON.
import type { AddressInfo } from 'node:net';
import { createOpenAIBackend } from '../../src/providers/openai/openai-backend.ts';
import { startOpenAIStandIn } from '../../src/providers/openai/testing/openai-stand-in.ts';
import { createRegistry } from '../../src/providers/registry.ts';
import { createStyleBertVits2Backend } from '../../src/providers/style-bert-vits2/style-bert-vits2-backend.ts';
import { startStyleBertVits2StandIn } from '../../src/providers/style-bert-vits2/testing/style-bert-vits2-stand-in.ts';
import { createTestRuntime } from '../../src/runtime/testing/create-test-runtime.ts';
import { buildApp } from '../../src/server/build-app.ts';

const speakers = Number(process.env.SPEAKERS ?? 20);
const utterancesEach = Number(process.env.UTTERANCES ?? 15);
const lines = [
  '今日もスパチャありがとう、草生えた', 'にじさんじのコラボ配信めっちゃ楽しみ', 'このボス強すぎて無理ゲーなんだけど',
  '切り抜き見てきた人いる？', 'えっと、次はランクマ行こうかな', '8888 ナイスプレイ！', '初見さんいらっしゃい、ゆっくりしてってね',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100 : NaN;
};

const [testRuntime, chat, voice] = await Promise.all([createTestRuntime(), startOpenAIStandIn(), startStyleBertVits2StandIn()]);
const providers = createRegistry({
  backends: [createOpenAIBackend({ name: 'local', baseURL: chat.baseURL }), createStyleBertVits2Backend({ name: 'sbv2', baseURL: voice.origin })],
  capabilities: { text: ['local:chat'], speech: ['sbv2:0'] },
});
const app = await buildApp({ ...testRuntime.runtime, providers }, { auth: testRuntime.auth });
await app.listen({ host: '127.0.0.1', port: 0 });
const url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/vocabulary/live`;

const gateway: number[] = [];
const client: number[] = [];
const stages: Record<string, number[]> = {};
// Warm the tokenizer first: its one-off 0.7 s dictionary load is not per-utterance cost.
const { analyzeUtterance } = await import('../../src/pipelines/vocabulary/live/analyze-utterance.ts');
await analyzeUtterance('ウォームアップ');

async function speaker(index: number): Promise<void> {
  const socket = new WebSocket(url);
  const latency: Array<(message: { gatewayMs: number; modelMs: number; stages: Record<string, number> }) => void> = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.type === 'latency') latency.shift()?.(message);
  });
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  for (let turn = 0; turn < utterancesEach; turn += 1) {
    const done = new Promise<{ gatewayMs: number; modelMs: number; stages: Record<string, number> }>((resolve) => latency.push(resolve));
    const sentAt = performance.now();
    socket.send(JSON.stringify({ type: 'utterance', text: lines[(index + turn) % lines.length] }));
    const result = await done;
    client.push(performance.now() - sentAt - result.modelMs);
    gateway.push(result.gatewayMs);
    for (const [stage, milliseconds] of Object.entries(result.stages)) (stages[stage] ??= []).push(milliseconds);
  }
  socket.close();
}

const started = performance.now();
await Promise.all(Array.from({ length: speakers }, (_, index) => speaker(index)));
const seconds = (performance.now() - started) / 1000;
await app.close();
await Promise.all([chat.close(), voice.close(), testRuntime.close()]);

for (const [stage, values] of Object.entries(stages)) console.log(`${stage.padEnd(16)} p50 ${percentile(values, 50)} ms  p95 ${percentile(values, 95)} ms`);
console.log(`${gateway.length} utterances from ${speakers} speakers in ${seconds.toFixed(1)} s`);
console.log(JSON.stringify({
  bench: 'vocab-live',
  speakers,
  utterances: gateway.length,
  gatewayOverheadMs: { p50: percentile(gateway, 50), p95: percentile(gateway, 95) },
  clientSeenOverheadMs: { p50: percentile(client, 50), p95: percentile(client, 95) },
  stagesMsP50: Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, percentile(values, 50)])),
}));
