import { describe, expect, it, vi } from 'vitest';
import { checkStoryPrompt } from '../pipelines/story/check-prompt-step.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { japaneseReaderLoaded, readJapaneseIdeas, setJapaneseReaderIdleMs } from './japanese-idea-thread.ts';

describe.skipIf(toolMissing('edict'))("the Japanese story-idea reader's thread (needs edict)", () => {
  it('reads Japanese and romanised Japanese on its own thread, and nothing when there is nothing to read', async () => {
    expect(await readJapaneseIdeas([])).toBeUndefined();
    const readings = (await readJapaneseIdeas(['男の人が夜に女の子のベッドに入って触る話', 'kuma no ko ga hoshi wo sagashi ni iku ohanashi', 'kuma no ko ga hoshi wo sagashi ni iku ohanashi']))!;
    expect(readings.read('男の人が夜に女の子のベッドに入って触る話')?.gloss?.sentence).toMatch(/\bbed\b.*\btouch/);
    expect(readings.read('kuma no ko ga hoshi wo sagashi ni iku ohanashi')).toMatchObject({ kana: expect.stringContaining('くま') });
    expect(readings.read('a text it was not sent')).toBeUndefined();
  }, 120_000);

  it("is what the story's prompt check reads Japanese with, in child mode", async () => {
    await expect(checkStoryPrompt('男の人が夜に女の子のベッドに入って触る話', 'child')).rejects.toMatchObject({ code: 'unsafe_content' });
    await expect(checkStoryPrompt('kuma no ko ga hoshi wo sagashi ni iku ohanashi', 'child')).resolves.toBeDefined();
  }, 120_000);

  it('gives its memory back once no idea has needed it for a while, and loads again for the next', async () => {
    setJapaneseReaderIdleMs(50);
    try {
      await readJapaneseIdeas(['宝を守るドラゴン']);
      await vi.waitFor(() => expect(japaneseReaderLoaded()).toBe(false), { timeout: 30_000, interval: 20 });
      const again = await readJapaneseIdeas(['宝を守るドラゴン']);
      expect(again?.read('宝を守るドラゴン')?.gloss?.sentence).toMatch(/dragon/);
    } finally {
      setJapaneseReaderIdleMs(5 * 60_000);
    }
  }, 120_000);
});
