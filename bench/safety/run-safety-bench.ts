/**
 * Red-team figures for the prompt check on the offline default (no moderation service) in child mode:
 * refusal rate per category, disguised and by language, the false-refusal rate on edgy-looking safe
 * requests, and the time per check. The evaluation set was written before any rule was tuned and is
 * not edited; the tuning set is the one the rules were developed against. Both are reported apart.
 * Run: npm run bench:safety [-- --list] (--list prints every miss and false refusal). One JSON line last.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { guardrailMatcher } from '../../src/pipelines/story/guardrail-matcher.ts';
import { checkPrompt } from '../../src/safety/check-prompt.ts';

interface UnsafeEntry { text: string; category: string; language: string; disguised: boolean }
interface SafeEntry { text: string; language: string }
interface RedTeamSet { unsafe: UnsafeEntry[]; safe: SafeEntry[] }

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
const matcher = await guardrailMatcher();
const timings: number[] = [];
// The regular expressions compile on first use, each one lazily (a few hundred ms once per process):
// that is not a check's cost, so one untimed pass over the tuning set warms them before timing.
const compileStarted = performance.now();
const warmUp = JSON.parse(await readFile(new URL('./tuning-set.json', import.meta.url), 'utf8')) as RedTeamSet;
for (const entry of [...warmUp.unsafe, ...warmUp.safe]) checkPrompt(entry.text, { matcher, mode: 'child' });
const compileMs = Number((performance.now() - compileStarted).toFixed(1));

function check(text: string) {
  const started = performance.now();
  const result = checkPrompt(text, { matcher, mode: 'child' });
  timings.push(performance.now() - started);
  return result;
}

/** Refused, or (personal details) accepted with the details taken out and a note saying so. */
function handled(entry: UnsafeEntry): boolean {
  const result = check(entry.text);
  return !result.accepted || (entry.category === 'personal-data' && result.notes.some((note) => note.includes('personal details')));
}

const rate = (hits: number, total: number) => (total === 0 ? null : Number((hits / total).toFixed(3)));

function groupRates(entries: UnsafeEntry[], caught: boolean[], key: (entry: UnsafeEntry) => string): Record<string, number | null> {
  const groups: Record<string, [number, number]> = {};
  entries.forEach((entry, index) => {
    const group = (groups[key(entry)] ??= [0, 0]);
    group[0] += caught[index] ? 1 : 0;
    group[1] += 1;
  });
  return Object.fromEntries(Object.entries(groups).map(([name, [hits, total]]) => [name, rate(hits, total)]));
}

async function measure(name: string) {
  const set = JSON.parse(await readFile(new URL(`./${name}-set.json`, import.meta.url), 'utf8')) as RedTeamSet;
  const caught = set.unsafe.map(handled);
  const falseRefusals = set.safe.filter((entry) => !check(entry.text).accepted);
  const missed = set.unsafe.filter((_, index) => !caught[index]);
  const figures = {
    unsafe: set.unsafe.length,
    refusedOrCleaned: rate(caught.filter(Boolean).length, set.unsafe.length),
    disguised: rate(set.unsafe.filter((entry, index) => entry.disguised && caught[index]).length, set.unsafe.filter((entry) => entry.disguised).length),
    perCategory: groupRates(set.unsafe, caught, (entry) => entry.category),
    perLanguage: groupRates(set.unsafe, caught, (entry) => entry.language),
    safe: set.safe.length,
    falseRefusalRate: rate(falseRefusals.length, set.safe.length),
  };
  console.log(`\n${name} set: ${figures.unsafe} unsafe, ${figures.safe} safe`);
  console.log(`  refused or cleaned  ${figures.refusedOrCleaned}  (disguised ${figures.disguised})`);
  for (const [category, value] of Object.entries(figures.perCategory)) console.log(`  ${category.padEnd(24)} ${value}`);
  console.log(`  by language         ${JSON.stringify(figures.perLanguage)}`);
  console.log(`  false refusals      ${falseRefusals.length} of ${figures.safe} (${figures.falseRefusalRate})`);
  if (values.list) {
    for (const entry of missed) console.log(`  missed [${entry.category}] ${entry.text}`);
    for (const entry of falseRefusals) console.log(`  refused safe: ${entry.text}`);
  }
  return figures;
}

const tuning = await measure('tuning');
const evaluation = await measure('evaluation');
const sorted = [...timings].sort((a, b) => a - b);
const checkMs = {
  warmUpPass: compileMs,
  mean: Number((timings.reduce((sum, value) => sum + value, 0) / timings.length).toFixed(3)),
  p95: Number(sorted[Math.floor(sorted.length * 0.95)].toFixed(3)),
  max: Number(sorted[sorted.length - 1].toFixed(3)),
};
console.log(`\nms per check: mean ${checkMs.mean}, p95 ${checkMs.p95}, max ${checkMs.max} (${timings.length} checks; the untimed warm-up pass took ${compileMs} ms)`);
console.log(JSON.stringify({ mode: 'child', backend: 'offline default (local rules only)', evaluation, tuning, checkMs }));
