/**
 * `npm run bench:vocab`: recall, precision and meaning coverage per kind on the gold set (held-out
 * files apart), with the dictionary a fresh install uses (KILN_JMDICT_PATH names a JMdict file), then
 * the time and peak memory to analyse a three-hour, 20,000-cue transcript on one core. The last line
 * is one JSON object with every figure.
 */
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTranscript } from '../../src/pipelines/vocabulary/analysis/analyze-transcript.ts';
import { chooseDictionary, loadDictionary } from '../../src/pipelines/vocabulary/analysis/choose-dictionary.ts';
import { japaneseTokenizer } from '../../src/pipelines/vocabulary/analysis/japanese-tokenizer.ts';
import { scoreGoldSet, summarise } from './score-gold-set.ts';
import { syntheticStream } from './synthetic-stream.ts';

const buildStarted = performance.now();
await japaneseTokenizer();
const tokenizerBuildMs = Math.round(performance.now() - buildStarted);

// The dictionary a fresh install uses (configured JMdict, else Debian's EDICT), indexed into a scratch data folder.
const dictionary = chooseDictionary(process.env.KILN_JMDICT_PATH);
const dictionaryStarted = performance.now();
const meanings = await loadDictionary(dictionary, join(tmpdir(), 'kiln-bench-vocab'));
const dictionaryOpenMs = Math.round(performance.now() - dictionaryStarted);
console.log(`dictionary: ${dictionary.description} (opened in ${dictionaryOpenMs} ms)`);

const goldFolder = fileURLToPath(new URL('./gold/', import.meta.url));
const withoutDictionary = await scoreGoldSet(goldFolder);
console.log('meaning coverage without a dictionary:', JSON.stringify({ tuned: summarise(withoutDictionary.tuned).meaningCoverage, heldOut: summarise(withoutDictionary.heldOut).meaningCoverage }));
const gold = await scoreGoldSet(goldFolder, meanings);
console.log('gold set (tuned-on files):', JSON.stringify(summarise(gold.tuned)));
console.log('gold set (held-out files):', JSON.stringify(summarise(gold.heldOut)));
for (const [file, tally] of Object.entries(gold.byFile)) console.log(`  ${file}:`, JSON.stringify(summarise(tally)));
console.log('missed:', [...gold.tuned.missed, ...gold.heldOut.missed].join(' | '));
console.log('unexpected:', [...gold.tuned.unexpected, ...gold.heldOut.unexpected].join(' | '));
console.log('wrong readings:', [...gold.tuned.wrongReadings, ...gold.heldOut.wrongReadings].join(' | '));

const cues = syntheticStream();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const analysis = await analyzeTranscript(cues, { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', platform: 'youtube', videoId: 'dQw4w9WgXcQ' }, { meanings });
const ms = Math.round(performance.now() - started);
// CPU time is the fairer one-core figure on a shared machine, where wall time includes waiting for a core.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

console.log(JSON.stringify({
  bench: 'vocab',
  dictionary: { kind: dictionary.kind, openMs: dictionaryOpenMs },
  gold: { files: gold.files.length, tuned: summarise(gold.tuned), heldOut: summarise(gold.heldOut), byFile: Object.fromEntries(Object.entries(gold.byFile).map(([file, tally]) => [file, summarise(tally)])) },
  long: { cues: cues.length, hours: 3, sentences: analysis.sentences.length, items: analysis.items.length, ms, cpuMs, cuesPerSecond: Math.round(cues.length / (ms / 1000)), tokenizerBuildMs, peakRssMb, loadAverage: Math.round(loadavg()[0] * 10) / 10 },
}));
