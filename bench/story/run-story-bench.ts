/**
 * Story studio figures on the built-in backends: `kiln story` as a whole process (4 scenes with
 * video; the goal is under 10 s, the seed's 30-60 s for reference), seconds per story in a running
 * Kiln, stories per minute with 2 workers, and the time the local safety layers add per story.
 * Run: npm run bench:story [-- --stories 4] [-- --runs 3] [-- --baseline DIR] [-- --whole-process-only].
 * `--baseline DIR` times another checkout's `kiln story` too, alternating with this one; `--baseline tsx`
 * this checkout's through tsx (KILN_BUNDLE=0) instead of its prebuilt bundle.
 * Prints a table, then one JSON line.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { guardrailMatcher } from '../../src/pipelines/story/guardrail-matcher.ts';
import { planStory } from '../../src/providers/builtin/storyteller/plan-story.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import type { KilnRuntime } from '../../src/runtime/contracts.ts';
import { checkPrompt } from '../../src/safety/check-prompt.ts';
import { moderateText } from '../../src/safety/moderate-content.ts';
import { temporaryDataDir } from '../../src/store/testing/temporary-data-dir.ts';
import { timeStoryCommand } from './time-story-command.ts';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '4' }, runs: { type: 'string', default: '3' }, baseline: { type: 'string' }, 'whole-process-only': { type: 'boolean', default: false } },
});
const count = Number(values.stories);
const loadBefore = loadavg()[0];
const wholeProcess = await timeStoryCommand(Number(values.runs), values.baseline);
const wholeProcessFigures = {
  wholeProcessSeconds: wholeProcess.kiln.seconds,
  wholeProcessCpuSeconds: wholeProcess.kiln.cpuSeconds,
  wholeProcessRuns: wholeProcess.kiln.runs,
  ...(wholeProcess.baseline ? { baseline: wholeProcess.baseline } : {}),
  goalSeconds: 10,
  reference: 'the seed took 30-60 s a story',
};
console.log('kiln story, whole process (4 scenes with video)');
console.log(`  median ${wholeProcess.kiln.seconds} s wall, ${wholeProcess.kiln.cpuSeconds} s CPU; runs ${wholeProcess.kiln.runs.join(', ')}`);
const baseline = wholeProcess.baseline;
if (baseline) {
  console.log(`  baseline ${baseline.checkout}: median ${baseline.seconds} s wall, ${baseline.cpuSeconds} s CPU; runs ${baseline.runs.join(', ')}`);
  const cpuRatio = baseline.cpuSeconds && wholeProcess.kiln.cpuSeconds ? `, ${(wholeProcess.kiln.cpuSeconds / baseline.cpuSeconds).toFixed(2)}x CPU` : '';
  console.log(`  this checkout / baseline: ${(wholeProcess.kiln.seconds / baseline.seconds).toFixed(2)}x wall${cpuRatio}`);
}
if (values['whole-process-only']) {
  console.log(JSON.stringify({ ...wholeProcessFigures, loadAverage: [loadBefore, loadavg()[0]].map((value) => Math.round(value * 10) / 10) }));
  process.exit(0);
}
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
  ...wholeProcessFigures,
  secondsPerStoryMedian: Number(median(single).toFixed(2)),
  secondsPerStoryMax: Number(Math.max(...single).toFixed(2)),
  storiesPerMinuteTwoWorkers: Number(throughput.toFixed(2)),
  localModerationMsPerStory: Number(median(moderationMs).toFixed(2)),
  stories: count,
  loadAverage: [loadBefore, loadavg()[0]].map((value) => Math.round(value * 10) / 10),
};
console.log('figure                              value');
console.log(`seconds per story (median, 4 scenes) ${figures.secondsPerStoryMedian}`);
console.log(`seconds per story (max)              ${figures.secondsPerStoryMax}`);
console.log(`stories per minute, 2 workers        ${figures.storiesPerMinuteTwoWorkers}`);
console.log(`local moderation ms per story        ${figures.localModerationMsPerStory}`);
console.log(JSON.stringify(figures));
