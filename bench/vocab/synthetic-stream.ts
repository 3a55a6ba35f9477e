/**
 * A long stream transcript for timing: about 20,000 cues over three hours, built by combining
 * varied openings, middles and endings (greetings, game talk, chat reactions, grammar patterns)
 * with a seeded generator, so every run times the same text.
 */
import type { TranscriptCue } from '../../src/pipelines/vocabulary/vocabulary-contracts.ts';

const openings = ['今日は', 'みんな', 'ちょっと待って、', 'えっと、', 'それでさ、', '実は', 'さっきの', 'あ、', 'この前', 'やっぱり'];
const middles = [
  'マイクラで家を建ててるんだけど', 'ボスが強すぎて', 'スパチャありがとう、', 'コラボの告知があって', '新しい武器を拾っとく',
  'ホロライブの先輩と遊んでて', 'にじさんじの同期が', '切り抜きで見たんだけど', 'ガチャ引いちゃった', '回復アイテムが足りなくて',
  '概念的な話になるけど', '夕飯の献立を考えてて', '雰囲気が怖いっぽい', '地図を見ながら進んでる', '宝箱を開けたら',
];
const endings = ['草', 'やばいｗｗｗ', 'マジで無理', '８８８８', 'てぇてぇじゃん', 'どうしようかな', 'よっしゃ！', '助かる', 'おつかれ！', '楽しいね。'];

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticStream(cueCount = 20_000, hours = 3): TranscriptCue[] {
  const random = seeded(8);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const step = (hours * 3600) / cueCount;
  const cues: TranscriptCue[] = [];
  for (let index = 0; index < cueCount; index += 1) {
    const start = index * step;
    // Every fifth cue leaves a pause, so sentences end on pauses as well as on punctuation.
    const end = start + step * (index % 5 === 4 ? 0.3 : 0.95);
    cues.push({ start, end, text: `${pick(openings)}${pick(middles)}${pick(endings)}` });
  }
  return cues;
}
