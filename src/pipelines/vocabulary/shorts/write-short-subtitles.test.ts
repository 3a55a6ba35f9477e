import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { renderShort } from './render-short.ts';
import { safeArea, writeShortSubtitles } from './write-short-subtitles.ts';

// 40 characters of stream talk, with the English glosses of three expressions under it.
const longLine = '今日はみんなでマリオカートをやるんだけど、負けた人は罰ゲームありでいっちゃうよ！';
const subtitles = [{ start: 0, end: 2, japanese: longLine, english: 'マリオカート = Mario Kart · 罰ゲーム = punishment game · いく = to go' }];

const japaneseLines = (script: string) => script.split('\n').filter((line) => line.includes(',Japanese,'))
  .map((line) => line.replace(/^.*?,,0,0,0,,\{[^}]*\}/, '').split('\\N'));

describe('writeShortSubtitles', () => {
  it('wraps a 40-character line between phrases into at most two lines and keeps every character', () => {
    expect(longLine).toHaveLength(40);
    const [lines] = japaneseLines(writeShortSubtitles(subtitles, 1080, 1920));
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(longLine);
    // Broken at a phrase boundary, not inside a word such as マリオカート or 罰ゲーム.
    for (const line of lines) expect(line).not.toMatch(/^(リオ|ゲーム|カート)/);
  });

  it('shows a line too long for two lines in parts, one after the other, over the cue\'s time', () => {
    const script = writeShortSubtitles([{ start: 1, end: 4, japanese: longLine.repeat(3), english: '' }], 1080, 1920);
    const parts = japaneseLines(script);
    expect(parts.length).toBeGreaterThan(1);
    for (const lines of parts) expect(lines.length).toBeLessThanOrEqual(2);
    expect(parts.flat().join('')).toBe(longLine.repeat(3));
    expect(script).toMatch(/Dialogue: 0,0:00:01\.00,/);
    expect(script).toMatch(/,0:00:04\.00,Japanese,/);
  });
});

describe.skipIf(toolMissing('ffmpeg'))('subtitles burned into a short stay inside the safe area (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-short-safe-area-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const width = 360;
  const height = 640;
  const frame = async (burnSubtitles: boolean) => {
    const outputPath = join(folder, `short-${burnSubtitles}.mp4`);
    await renderShort({
      recordingPath: join(folder, 'tone.wav'), hasVideo: false, start: 0, end: 1.5, subtitles, width, height,
      workDir: join(folder, `work-${burnSubtitles}`), outputPath, burnSubtitles,
    });
    const raw = join(folder, `frame-${burnSubtitles}.rgb`);
    await runFfmpeg(['-v', 'error', '-y', '-ss', '1', '-i', outputPath, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', raw]);
    return (await import('node:fs/promises')).readFile(raw);
  };

  it('a 40-character line and its glosses: no subtitle pixel above 15 %, below 75 % or in the outer tenth of either side', async () => {
    await runFfmpeg(['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', join(folder, 'tone.wav')]);
    const [withText, without] = [await frame(true), await frame(false)];
    let drawn = 0;
    const outside: string[] = [];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const at = (y * width + x) * 3;
        const difference = Math.max(...[0, 1, 2].map((channel) => Math.abs(withText[at + channel] - without[at + channel])));
        // Well above H.264's noise between two encodes of the same picture.
        if (difference < 48) continue;
        drawn += 1;
        const inside = y >= height * safeArea.top && y < height * safeArea.bottom && x >= width * safeArea.left && x < width * safeArea.right;
        if (!inside && outside.length < 10) outside.push(`(${x}, ${y})`);
      }
    }
    expect(drawn).toBeGreaterThan(2000);
    expect(outside).toEqual([]);
  });
});
