/**
 * What FreeDict's dictionaries cost the prompt check: resident memory (after a full collection) and load
 * time for each installed language, loaded one after another in this process, then Hunspell's lemmatisers and
 * the Japanese reader (kuromoji's IPADIC and the EDICT index, built first if missing), and the time of one gloss
 * of an idea once loaded, against the same idea checked by the English signs alone (a ratio, same run).
 * Run: npm run bench:gloss-memory (needs node --expose-gc, which the script passes). One JSON line last.
 */
import { glossIdea, glossLanguages } from '../../src/safety/gloss-idea.ts';
import { findWarningSigns } from '../../src/safety/find-warning-signs.ts';
import { loadFreedict } from '../../src/safety/read-freedict.ts';
import { hunspellDictionaries, loadHunspell } from '../../src/safety/read-hunspell.ts';
import { japaneseIdeaReader } from '../../src/safety/read-japanese-idea.ts';

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
for (const code of Object.keys(hunspellDictionaries)) {
  const before = residentMb();
  const started = performance.now();
  if (!loadHunspell(code)) continue;
  const loadMs = Number((performance.now() - started).toFixed(0));
  languages[`${code}-hunspell`] = { rssMb: Number((residentMb() - before).toFixed(1)), loadMs };
  console.log(`${code} Hunspell: +${languages[`${code}-hunspell`].rssMb} MB resident, loaded in ${loadMs} ms`);
}
const beforeJapanese = residentMb();
const japaneseStarted = performance.now();
const japanese = await japaneseIdeaReader();
if (japanese) {
  languages.jpn = { rssMb: Number((residentMb() - beforeJapanese).toFixed(1)), loadMs: Number((performance.now() - japaneseStarted).toFixed(0)) };
  console.log(`jpn (kuromoji + EDICT): +${languages.jpn.rssMb} MB resident, loaded in ${languages.jpn.loadMs} ms`);
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
const japaneseIdeas = ['小さなクマが森で友達を探す話', 'おばあちゃんと一緒にクッキーを焼く女の子'];
const japaneseMs = japanese ? (() => { for (const idea of japaneseIdeas) japanese.gloss(idea); const started = performance.now(); for (let round = 0; round < 50; round += 1) for (const idea of japaneseIdeas) japanese.gloss(idea); return (performance.now() - started) / (50 * japaneseIdeas.length); })() : null;
console.log(`all dictionaries: +${total} MB resident; a gloss ${glossMs.toFixed(3)} ms, a Japanese gloss ${japaneseMs?.toFixed(3) ?? '-'} ms, the English signs ${signsMs.toFixed(3)} ms`);
console.log(JSON.stringify({
  residentMbAllDictionaries: total, languages, glossMsPerIdea: Number(glossMs.toFixed(3)), japaneseGlossMsPerIdea: japaneseMs === null ? null : Number(japaneseMs.toFixed(3)),
  signsMsPerIdea: Number(signsMs.toFixed(3)), glossToSignsRatio: Number((glossMs / signsMs).toFixed(2)), japaneseToSignsRatio: japaneseMs === null ? null : Number((japaneseMs / signsMs).toFixed(2)),
}));
