import { access, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from '../../src/media/ffmpeg/run-ffmpeg.ts';
import { makeTestRecording, type TestLine } from '../../src/pipelines/vocabulary/shorts/testing/make-test-recording.ts';

const calmLines = ['みなさん、こんばんは。', '今日は天気がいいですね。', 'お茶を飲みながら話します。', '昨日の夜ご飯はカレーでした。', '週末は公園を散歩しました。', '新しい本を読み始めました。'];
const loudLines = ['スパチャありがとう！草！', 'コラボ配信、マジでてぇてぇ！', '推しの切り抜き、神回！', '同接やばい、ガチでエモい！', 'ボス戦、初見で勝った！最高！'];

/**
 * A stream's lines over `seconds`: calm talk every 9 s (eSpeak takes up to 8 s over a line of kanji), and five loud bursts of stream slang spread
 * across it (what five shorts are made of), so the planner proposes clips all through the recording.
 */
export function benchStreamLines(seconds: number): TestLine[] {
  const bursts = Array.from({ length: 5 }, (_, index) => ((index + 0.5) * seconds) / 5);
  const lines: TestLine[] = [];
  let calm = 0;
  let loud = 0;
  for (let at = 1; at < seconds - 12; at += 9) {
    const inBurst = bursts.some((burst) => Math.abs(at - burst) <= 10);
    const text = inBurst ? loudLines[loud++ % loudLines.length] : calmLines[calm++ % calmLines.length];
    lines.push({ at, text, gain: inBurst ? 1 : 0.25 });
  }
  return lines;
}

export interface BenchStream {
  recordingPath: string;
  transcriptPath: string;
}

/**
 * Writes a camera-sized stream recording into `folder`: testsrc2's moving pattern at `width`×`height`,
 * 30 fps, H.264 with a key frame every 2 s as streaming software writes, and eSpeak's Japanese lines
 * as AAC; its WebVTT transcript beside it. Made once per size and length and kept in `folder`
 * (written under a temporary name first), so later runs start at once.
 */
export async function makeBenchStream(folder: string, seconds: number, width: number, height: number): Promise<BenchStream> {
  const name = `stream-${width}x${height}-${seconds}s`;
  const recordingPath = join(folder, `${name}.mp4`);
  const transcriptPath = join(folder, `${name}.vtt`);
  if (await access(recordingPath).then(() => true, () => false)) return { recordingPath, transcriptPath };
  const wavPath = join(folder, `${name}.wav`);
  const speech = await makeTestRecording(wavPath, { seconds, lines: benchStreamLines(seconds) });
  await writeFile(transcriptPath, speech.transcript);
  const partial = `${recordingPath}.partial.mp4`;
  await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}:r=30:d=${seconds}`, '-i', wavPath,
    '-c:v', 'libx264', '-preset', 'veryfast', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k', '-shortest', partial,
  ], { timeoutMs: 30 * 60_000 });
  await rename(partial, recordingPath);
  await rm(wavPath, { force: true });
  return { recordingPath, transcriptPath };
}
