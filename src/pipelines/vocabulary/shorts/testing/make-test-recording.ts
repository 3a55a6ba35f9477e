import { writeFile } from 'node:fs/promises';
import { encodeWav } from '../../../../media/audio/encode-wav.ts';
import { runFfmpeg } from '../../../../media/ffmpeg/run-ffmpeg.ts';
import { synthesize } from '../../../../providers/builtin/narrator/espeak-synthesizer.ts';

/** One spoken line of the test stream: when it starts and how loud it is said. */
export interface TestLine {
  at: number;
  text: string;
  gain: number;
}

/**
 * A Japanese stream in miniature: calm small talk, then a loud burst of stream slang around 30 s
 * (what a short should be made of), then calm again. Spoken by eSpeak-NG's `ja` voice.
 */
export const testStreamLines: TestLine[] = [
  { at: 1, text: 'みなさん、こんばんは。', gain: 0.25 },
  { at: 6, text: '今日は天気がいいですね。', gain: 0.25 },
  { at: 12, text: 'お茶を飲みながら話します。', gain: 0.25 },
  { at: 18, text: '昨日の夜ご飯はカレーでした。', gain: 0.25 },
  { at: 30, text: 'スパチャありがとう！草！', gain: 1 },
  { at: 34, text: 'コラボ配信、マジでてぇてぇ！', gain: 1 },
  { at: 38, text: '推しの切り抜き、神回！', gain: 1 },
  { at: 42, text: '同接やばい、ガチでエモい！', gain: 1 },
  { at: 50, text: 'それでは、また明日。', gain: 0.25 },
];

export interface TestRecording {
  /** WebVTT of the lines, each cue as long as its speech. */
  transcript: string;
  seconds: number;
}

/**
 * Writes the test stream to `path`: an MP4 (H.264 test pattern + AAC) when `video`, else a WAV.
 * Returns its transcript, timed from the synthesised speech.
 */
export async function makeTestRecording(path: string, options: { seconds?: number; video?: boolean; lines?: TestLine[] } = {}): Promise<TestRecording> {
  const seconds = options.seconds ?? 56;
  const lines = options.lines ?? testStreamLines;
  const sampleRate = 22050;
  const track = new Float32Array(seconds * sampleRate);
  const cues: string[] = [];
  let free = 0;
  for (const line of lines) {
    // A line that would talk over the previous one waits for it (kanji take eSpeak longer to read).
    const at = Math.max(line.at, Math.ceil(free * 2) / 2 + 0.5);
    const speech = await synthesize(line.text, { voice: 'ja', wordsPerMinute: 170 });
    const scale = speech.sampleRate / sampleRate;
    const length = Math.min(Math.floor(speech.samples.length / scale), track.length - at * sampleRate);
    const peak = speech.samples.reduce((best, sample) => Math.max(best, Math.abs(sample)), 1e-6);
    for (let index = 0; index < length; index += 1) track[at * sampleRate + index] = (speech.samples[Math.floor(index * scale)] / peak) * 0.9 * line.gain;
    free = at + length / sampleRate;
    cues.push(`${vttClock(at)} --> ${vttClock(free)}\n${line.text}`);
  }
  const transcript = `WEBVTT\n\n${cues.join('\n\n')}\n`;
  const wav = encodeWav(track, sampleRate);
  if (!options.video) {
    await writeFile(path, wav);
    return { transcript, seconds };
  }
  const wavPath = `${path}.wav`;
  await writeFile(wavPath, wav);
  await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=320x180:r=15:d=${seconds}`, '-i', wavPath,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', path,
  ]);
  return { transcript, seconds };
}

function vttClock(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(milliseconds / 3_600_000))}:${two(Math.floor(milliseconds / 60_000) % 60)}:${two(Math.floor(milliseconds / 1000) % 60)}.${String(milliseconds % 1000).padStart(3, '0')}`;
}
