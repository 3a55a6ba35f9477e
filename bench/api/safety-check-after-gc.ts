// The cost of one safety check in a server that collects garbage between checks: V8 drops a regular
// expression's compiled code after a few full collections without use, so a check that compiles its
// patterns again holds the event loop (issue 11: 0.1-0.2 s per check in the server, 0.6 ms in a loop).
// Times each check of the story write step (moderateText) and of the storyteller's idea parts
// (checkIdeaPart) right after forced full collections, beside the same checks warm.
// Run: npx tsx bench/api/safety-check-after-gc.ts. One JSON line last.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { percentile, round } from '../lib/statistics.ts';
import { guardrailMatcher } from '../../src/pipelines/story/guardrail-matcher.ts';
import { checkIdeaPart } from '../../src/safety/check-idea-part.ts';
import { moderateText } from '../../src/safety/moderate-content.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const edgy = JSON.parse(await readFile(new URL('../story-scenes/edgy-scenes.json', import.meta.url), 'utf8')) as { harmless: { text: string }[]; unsafe: { text: string }[] };
const scenes = [...edgy.harmless, ...edgy.unsafe].map((scene) => scene.text);
const ideaWords = 'a sleepy dragon who lost his blanket in the forest'.split(' ');

const startedMs = performance.now();
const matcher = await guardrailMatcher();
const firstScene = performance.now();
await moderateText(scenes[0], { mode: 'child', matcher });
const firstSceneMs = performance.now() - firstScene;
const buildAndFirstMs = performance.now() - startedMs;

/** Milliseconds of each call of `check`, each after `collections` full collections. */
async function timeEach(texts: string[], check: (text: string) => unknown, collections: number): Promise<number[]> {
  const times: number[] = [];
  for (const text of texts) {
    for (let index = 0; index < collections; index += 1) collectGarbage();
    const begin = performance.now();
    await check(text);
    times.push(performance.now() - begin);
  }
  return times;
}

const figures = (times: number[]) => ({ checks: times.length, mean_ms: round(times.reduce((sum, time) => sum + time, 0) / times.length, 2), p95_ms: round(percentile(times, 0.95), 2), max_ms: round(Math.max(...times), 2) });
const story = (text: string) => moderateText(text, { mode: 'child', matcher });
const idea = (word: string) => checkIdeaPart(word, 'child');
await timeEach(scenes, story, 0);
await timeEach(ideaWords, idea, 0);
const result = {
  benchmark: 'safety-check-after-gc',
  load_average: loadavg().map((value) => round(value, 2)),
  first_story_check_ms: round(firstSceneMs, 1),
  matcher_and_first_check_ms: round(buildAndFirstMs, 1),
  story_check_warm: figures(await timeEach(scenes, story, 0)),
  story_check_after_8_collections: figures(await timeEach(scenes, story, 8)),
  idea_part_warm: figures(await timeEach(ideaWords, idea, 0)),
  idea_part_after_8_collections: figures(await timeEach(ideaWords, idea, 8)),
};
console.log(`story check: warm mean ${result.story_check_warm.mean_ms} ms, after 8 full collections mean ${result.story_check_after_8_collections.mean_ms} ms (max ${result.story_check_after_8_collections.max_ms} ms)`);
console.log(`idea part: warm mean ${result.idea_part_warm.mean_ms} ms, after 8 full collections mean ${result.idea_part_after_8_collections.mean_ms} ms`);
console.log(JSON.stringify(result));
