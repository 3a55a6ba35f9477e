import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closedPortURL } from '../providers/testing/closed-port.ts';
import { main } from './main.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-story-cli-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('kiln story', () => {
  it('writes story.json, story.md, a picture and narration per scene, subtitles and the video', async () => {
    const out = join(folder, 'dragon');
    const result = await run(['story', 'a sleepy dragon who lost his blanket', '--name', 'Mia', '--age', '5', '--interests', 'space,cats', '--scenes', '2', '--seed', '3', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['scene-01.png', 'scene-01.wav', 'scene-02.png', 'scene-02.wav', 'story.json', 'story.md', 'story.mp4', 'story.vtt']);
    const story = JSON.parse(await readFile(join(out, 'story.json'), 'utf8'));
    expect(story.scenes).toHaveLength(2);
    expect(story.scenes.map((scene: { text: string }) => scene.text).join(' ')).toMatch(/Mia[\s\S]*space and cats/);
    // The parent is told which parts of the idea were used, in story.json and on the terminal.
    expect(story.ideaUsed).toEqual(['a sleepy dragon', 'blanket']);
    expect(result.stdout).toContain('I used: a sleepy dragon, blanket');
    expect(await readFile(join(out, 'story.md'), 'utf8')).toMatch(new RegExp(`^# ${story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n!\\[.+\\]\\(scene-01\\.png\\)`));
    expect((await readFile(join(out, 'story.vtt'), 'utf8')).startsWith('WEBVTT')).toBe(true);
    expect((await readFile(join(out, 'scene-01.png'))).subarray(1, 4).toString()).toBe('PNG');
  }, 90_000);

  it('says who wrote the story, and when the preferred text backend failed, which one served instead and why', async () => {
    vi.stubEnv('KILN_OLLAMA_URL', await closedPortURL());
    vi.stubEnv('KILN_TEXT', 'ollama:llama3.2,builtin:storyteller');
    try {
      const out = join(folder, 'owl');
      const result = await run(['story', 'an owl who counts the stars', '--scenes', '1', '--no-video', '--json', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const answer = JSON.parse(result.stdout);
      expect(answer.madeBy).toContain('Written by built-in storyteller (rule-based, not AI)');
      expect(answer.fallbacks).toEqual([{ candidate: 'ollama:llama3.2', reason: expect.stringMatching(/ollama could not be reached/), servedBy: ['built-in storyteller (rule-based, not AI)'] }]);
      const text = await run(['story', 'an owl who counts the moons', '--scenes', '1', '--no-video', '--out', join(folder, 'owl-text')]);
      expect(text.stdout).toMatch(/^Not used: ollama:llama3\.2 \(ollama could not be reached at .*\); built-in storyteller \(rule-based, not AI\) served instead\./m);
    } finally {
      vi.unstubAllEnvs();
    }
  }, 90_000);

  it('refuses an unsafe prompt with exit code 2, says why, and writes nothing', async () => {
    const out = join(folder, 'refused');
    const result = await run(['story', 'a bunny covered in blood', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/gentle and safe.*blood/);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('refuses an --out that is an existing file, leaving the file as it was', async () => {
    const out = join(folder, 'notes.txt');
    await writeFile(out, 'my notes');
    const result = await run(['story', 'a cat who learns to whistle', '--scenes', '1', '--no-video', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/notes\.txt is a file/);
    expect(await readFile(out, 'utf8')).toBe('my notes');
  }, 90_000);

  it.each([
    [['story', '--out', 'x'], /Say what the story is about/],
    [['story', 'a cat'], /--out DIR/],
    [['story', 'a cat', '--scenes', '50', '--out', 'x'], /--scenes must be a whole number from 1 to 12/],
  ])('refuses bad usage %j with exit code 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
