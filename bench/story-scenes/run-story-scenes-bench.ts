/**
 * How often the child-mode guardrails refuse story scenes, which a prompt-tuned rule can misfire on:
 * the built-in storyteller's stories for the 52 held-out ideas (bench/story-quality) under several seeds,
 * every scene checked as the write step checks it (text and picture brief, rewritten up to twice, then a
 * fallback scene), plus hand-written harmless scenes that look edgy and story-length unsafe scenes that
 * must still be refused (edgy-scenes.json, written before any rule was changed). Local layers only.
 * Run: npm run bench:story-scenes [-- --list] (--list prints every refused scene). One JSON line last.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { StepContext } from '../../src/engine/step.ts';
import { guardrailMatcher } from '../../src/pipelines/story/guardrail-matcher.ts';
import { storyRequestFor } from '../../src/pipelines/story/story-request-for.ts';
import { storySystemPrompt } from '../../src/pipelines/story/story-system-prompt.ts';
import { maxRegenerations } from '../../src/pipelines/story/write-step.ts';
import { rewriteScene, writeDraft } from '../../src/pipelines/story/write-story.ts';
import { createStorytellerModel } from '../../src/providers/builtin/storyteller/storyteller-model.ts';
import type { ProviderRegistry } from '../../src/runtime/contracts.ts';
import { moderateText, type ContentModeration } from '../../src/safety/moderate-content.ts';
import { loadGuardrailTerms } from '../../src/safety/load-guardrail-terms.ts';
import { failingCategories } from '../../src/safety/safety-policy.ts';
import { TermMatcher } from '../../src/safety/term-matcher.ts';
import { TopicRuleMatcher } from '../../src/safety/topic-rule-matcher.ts';

interface HeldOutIdea { idea: string }
interface EdgyScenes { harmless: { id: string; text: string }[]; unsafe: { category: string; text: string }[] }

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false }, seeds: { type: 'string', default: '3' } } });
const seedCount = Number(values.seeds);
const { ideas } = JSON.parse(await readFile(new URL('../story-quality/held-out-ideas.json', import.meta.url), 'utf8')) as { ideas: HeldOutIdea[] };
const edgy = JSON.parse(await readFile(new URL('./edgy-scenes.json', import.meta.url), 'utf8')) as EdgyScenes;
const matcher = await guardrailMatcher();
// The weighted words alone, to tell a word that is too strong from a topic rule that misfired.
const wordsOnly = new TermMatcher(await loadGuardrailTerms());
const benignBlanker = new TopicRuleMatcher();
const storyteller = createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' });
// The write step's own draft and rewrite calls, served by the storyteller alone (no registry, no job).
const providers = { model: () => storyteller } as unknown as ProviderRegistry;
const context = { servedBy() {}, warn() {}, signal: undefined } as unknown as StepContext;
const profile = { name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto' as const, language: 'en', preferredVoice: null, id: null };
const timings: number[] = [];
// The patterns compile lazily on first use (hundreds of ms once per process), which is not a check's cost:
// one untimed pass over the hand-written scenes warms them.
for (const scene of [...edgy.harmless, ...edgy.unsafe]) await moderateText(scene.text, { mode: 'child', matcher });

async function check(text: string): Promise<ContentModeration> {
  const started = performance.now();
  const result = await moderateText(text, { mode: 'child', matcher });
  timings.push(performance.now() - started);
  return result;
}

/** Why the scene was refused: topic rules by topic, weighted words by category, tone apart (a scene may have several). */
function reasonsOf(text: string, result: ContentModeration): string[] {
  const reasons: string[] = [];
  const local = result.layers.find((layer) => layer.layer === 'local-guardrails')!;
  for (const topic of local.topics ?? []) reasons.push(`topic:${topic}`);
  for (const score of failingCategories(wordsOnly.score(benignBlanker.withoutBenign(text)), 'child')) reasons.push(`words:${score.category}`);
  if (result.layers.some((layer) => layer.layer === 'bedtime-tone' && !layer.passed)) reasons.push('bedtime-tone');
  return reasons;
}

function count(into: Record<string, number>, keys: string[]): void {
  for (const key of keys) into[key] = (into[key] ?? 0) + 1;
}

function detail(result: ContentModeration): string {
  const local = result.layers[0];
  const words = local.categories.filter((score) => score.severity > 0).flatMap((score) => score.reasons ?? []);
  const tone = result.layers.find((layer) => layer.layer === 'bedtime-tone')?.reasons ?? [];
  return [...words, ...tone].join(', ');
}

const stories = { stories: 0, scenes: 0, firstChecksRefused: 0, refusedBy: {} as Record<string, number>, regeneratedScenes: 0, fallbackScenes: 0, storiesWithFallback: 0 };
for (let seedIndex = 0; seedIndex < seedCount; seedIndex += 1) {
  for (const [index, entry] of ideas.entries()) {
    const seed = 1000 * (seedIndex + 1) + index;
    const input = { prompt: entry.idea, profile, scenes: 4, mode: 'child' as const };
    const request = storyRequestFor(input);
    const system = storySystemPrompt(input);
    const { draft } = await writeDraft(providers, context, request, system, seed);
    let fallbacks = 0;
    for (const [sceneIndex, original] of draft.scenes.entries()) {
      let scene = original;
      const checked = `${scene.text}\n${scene.illustration}`;
      let result = await check(checked);
      stories.scenes += 1;
      if (!result.passed) {
        stories.firstChecksRefused += 1;
        count(stories.refusedBy, reasonsOf(checked, result));
        if (values.list) console.log(`refused story scene [${reasonsOf(checked, result).join(' ')}] (${detail(result)}): ${scene.text}`);
      }
      for (let attempt = 1; !result.passed && attempt <= maxRegenerations; attempt += 1) {
        scene = await rewriteScene(providers, context, request, system, seed, sceneIndex + 1, attempt);
        result = await check(`${scene.text}\n${scene.illustration}`);
      }
      if (original !== scene && result.passed) stories.regeneratedScenes += 1;
      if (!result.passed) fallbacks += 1;
    }
    stories.stories += 1;
    stories.fallbackScenes += fallbacks;
    stories.storiesWithFallback += fallbacks > 0 ? 1 : 0;
  }
}

const harmless = { scenes: edgy.harmless.length, refused: 0, refusedBy: {} as Record<string, number>, refusedIds: [] as string[] };
for (const scene of edgy.harmless) {
  const result = await check(scene.text);
  if (result.passed) continue;
  harmless.refused += 1;
  harmless.refusedIds.push(scene.id);
  count(harmless.refusedBy, reasonsOf(scene.text, result));
  if (values.list) console.log(`refused harmless ${scene.id} [${reasonsOf(scene.text, result).join(' ')}] (${detail(result)})`);
}

const unsafe = { scenes: edgy.unsafe.length, refused: 0, missed: [] as string[] };
for (const scene of edgy.unsafe) {
  const result = await check(scene.text);
  if (!result.passed) unsafe.refused += 1;
  else unsafe.missed.push(`${scene.category}: ${scene.text.slice(0, 60)}`);
}
if (values.list) for (const missed of unsafe.missed) console.log(`MISSED unsafe ${missed}`);

const sorted = [...timings].sort((a, b) => a - b);
const checkMs = {
  checks: timings.length,
  mean: Number((timings.reduce((sum, value) => sum + value, 0) / timings.length).toFixed(3)),
  p95: Number(sorted[Math.floor(sorted.length * 0.95)].toFixed(3)),
  max: Number(sorted[sorted.length - 1].toFixed(3)),
};
console.log(`storyteller: ${stories.stories} stories (${seedCount} seeds x ${ideas.length} ideas), ${stories.scenes} scenes; first check refused ${stories.firstChecksRefused} ${JSON.stringify(stories.refusedBy)}; ${stories.storiesWithFallback} stories end with a fallback scene`);
console.log(`hand-written harmless: ${harmless.refused} of ${harmless.scenes} refused ${JSON.stringify(harmless.refusedBy)} ${harmless.refusedIds.join(' ')}`);
console.log(`hand-written unsafe: ${unsafe.refused} of ${unsafe.scenes} refused`);
console.log(`ms per check: mean ${checkMs.mean}, p95 ${checkMs.p95}, max ${checkMs.max}`);
console.log(JSON.stringify({ bench: 'story-scenes', mode: 'child', backend: 'builtin:storyteller, local layers only', stories, harmless, unsafe, checkMs }));
