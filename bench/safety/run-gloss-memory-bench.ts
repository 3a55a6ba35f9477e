/**
 * What FreeDict's dictionaries cost the prompt check: resident memory (after a full collection) and load
 * time for each installed language, loaded one after another in this process, and the time of one gloss
 * of an idea once loaded, against the same idea checked by the English signs alone (a ratio, same run).
 * Run: npm run bench:gloss-memory (needs node --expose-gc, which the script passes). One JSON line last.
 */
import { glossIdea, glossLanguages } from '../../src/safety/gloss-idea.ts';
import { findWarningSigns } from '../../src/safety/find-warning-signs.ts';
import { loadFreedict } from '../../src/safety/read-freedict.ts';

const collect = globalThis.gc;
if (!collect) throw new Error('Run with node --expose-gc (npm run bench:gloss-memory does).');
const residentMb = () => { collect(); collect(); return Number((process.memoryUsage().rss / 2 ** 20).toFixed(1)); };

const languages: Record<string, { rssMb: number; loadMs: number }> = {};
const start = residentMb();
for (const code of glossLanguages()) {
  const before = residentMb();
  const started = performance.now();
  loadFreedict(code);
  const loadMs = Number((performance.now() - started).toFixed(0));
  languages[code] = { rssMb: Number((residentMb() - before).toFixed(1)), loadMs };
  console.log(`${code}: +${languages[code].rssMb} MB resident, loaded in ${loadMs} ms`);
}
const total = Number((residentMb() - start).toFixed(1));

const ideas = ['un gatto che cerca il suo amico nel bosco di notte', 'ein kleiner Bär, der im Winter nicht schlafen kann', 'une petite sorcière qui prépare une soupe'];
const time = (work: (idea: string) => unknown) => {
  const started = performance.now();
  for (let round = 0; round < 50; round += 1) for (const idea of ideas) work(idea);
  return (performance.now() - started) / (50 * ideas.length);
};
// Warm both first: the first gloss of a word inflates its chunk, the first sign reads WordNet.
time((idea) => [glossIdea(idea), findWarningSigns(idea)]);
const glossMs = time(glossIdea);
const signsMs = time(findWarningSigns);
console.log(`all dictionaries: +${total} MB resident; a gloss ${glossMs.toFixed(3)} ms, the English signs ${signsMs.toFixed(3)} ms`);
console.log(JSON.stringify({ residentMbAllDictionaries: total, languages, glossMsPerIdea: Number(glossMs.toFixed(3)), signsMsPerIdea: Number(signsMs.toFixed(3)), glossToSignsRatio: Number((glossMs / signsMs).toFixed(2)) }));
