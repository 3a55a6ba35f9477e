/**
 * Story studio figures on the built-in backends: seconds per story (4 scenes, narration, pictures,
 * video), stories per minute with 2 workers, and the time the local safety layers add per story.
 * Run: npx tsx bench/story/run-story-bench.ts [--stories 4]. Prints a table, then one JSON line.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { guardrailMatcher } from '../../src/pipelines/story/guardrail-matcher.ts';
import { planStory } from '../../src/providers/builtin/storyteller/plan-story.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import type { KilnRuntime } from '../../src/runtime/contracts.ts';
import { checkPrompt } from '../../src/safety/check-prompt.ts';
import { moderateText } from '../../src/safety/moderate-content.ts';
import { temporaryDataDir } from '../../src/store/testing/temporary-data-dir.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '4' } } });
const count = Number(values.stories);
const profile = { id: null, name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto', language: 'en', preferredVoice: null };
const ideas = ['a sleepy dragon who lost his blanket', 'a bunny who bakes a cake', 'a shy penguin on her first day', 'the long way home on a little train'];

async function runOne(runtime: KilnRuntime, index: number): Promise<number> {
  const started = performance.now();
  const job = await runtime.jobs.create('local', 'story', { prompt: ideas[index % ideas.length], profile, scenes: 4, video: true, seed: index });
  for (;;) {
    const record = await runtime.jobs.get('local', job.id);
    if (record.state === 'succeeded') return (performance.now() - started) / 1000;
    if (record.state !== 'queued' && record.state !== 'running') throw new Error(`story ${index} ${record.state}: ${record.error?.message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function withRuntime<T>(concurrency: number, work: (runtime: KilnRuntime) => Promise<T>): Promise<T> {
  const { dataDir, remove } = await temporaryDataDir();
  const config = { ...(await loadConfig({ cwd: dataDir, env: { KILN_DATA_DIR: dataDir } })), dataDir };
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: concurrency });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
    await remove();
  }
}

const single = await withRuntime(1, async (runtime) => {
  const seconds: number[] = [];
  for (let index = 0; index < count; index += 1) seconds.push(await runOne(runtime, index));
  return seconds;
});
const throughput = await withRuntime(2, async (runtime) => {
  const started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, index) => runOne(runtime, 100 + index)));
  return count / ((performance.now() - started) / 60_000);
});

const matcher = await guardrailMatcher();
const moderationMs: number[] = [];
for (let index = 0; index < 20; index += 1) {
  const story = planStory({ idea: ideas[index % ideas.length], scenes: 4, listener: { ...profile, readingLevel: 'auto' } }, index);
  const started = performance.now();
  checkPrompt(ideas[index % ideas.length], { matcher, mode: 'child' });
  await moderateText(story.title, { matcher, mode: 'child' });
  for (const scene of story.scenes) await moderateText(`${scene.text}\n${scene.illustration}`, { matcher, mode: 'child' });
  moderationMs.push(performance.now() - started);
}

const median = (items: number[]) => [...items].sort((a, b) => a - b)[Math.floor(items.length / 2)];
const figures = {
  secondsPerStoryMedian: Number(median(single).toFixed(2)),
  secondsPerStoryMax: Number(Math.max(...single).toFixed(2)),
  storiesPerMinuteTwoWorkers: Number(throughput.toFixed(2)),
  localModerationMsPerStory: Number(median(moderationMs).toFixed(2)),
  stories: count,
};
console.log('figure                              value');
console.log(`seconds per story (median, 4 scenes) ${figures.secondsPerStoryMedian}`);
console.log(`seconds per story (max)              ${figures.secondsPerStoryMax}`);
console.log(`stories per minute, 2 workers        ${figures.storiesPerMinuteTwoWorkers}`);
console.log(`local moderation ms per story        ${figures.localModerationMsPerStory}`);
console.log(JSON.stringify(figures));
