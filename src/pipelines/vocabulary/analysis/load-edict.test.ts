import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { encodeEucJp } from '../testing/encode-euc-jp.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { debianEdictPath, loadEdict } from './load-edict.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-edict-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

// Lines as Debian's EDICT writes them: header, kanji with reading, kana only, homographs, an EntL field.
const edict = [
  '　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/Copyright Electronic Dictionary Research & Development Group - 2021/',
  '上手 [うわて] /(adj-na,n) (1) upper part/(adj-na,n) (2) skillful (in comparisons)/dexterity/',
  '上手 [じょうず] /(adj-na,n) (1) skillful/skilled/proficient/good (at)/(n) (2) flattery/(P)/',
  '邪魔 [じゃま] /(n,adj-na,vs) (1) hindrance/obstacle/nuisance/(vs) (2) to visit (someone\'s home)/(P)/',
  '拾う [ひろう] /(v5u,vt) to pick up/to find/to gather/(P)/EntL1599610X/',
  'やばい /(adj-i) (1) (col) dangerous/risky/(adj-i) (2) (sl) awful/terrible/(P)/',
  'コメント /(n,vs) comment/(P)/',
  '概念 [がいねん] /(n) (1) general idea/concept/notion/',
  '息子 [むすこ] /(n) (1) son/(n) (2) (vulg) penis/(n) (3) boy/(P)/',
].join('\n');

describe('loadEdict', () => {
  it('reads EUC-JP EDICT lines with their reading, part of speech and common mark', async () => {
    const source = join(folder, 'edict');
    await writeFile(source, encodeEucJp(`${edict}\n`));
    const index = await loadEdict(source, join(folder, 'data'));
    expect(index.entry('上手', 'じょうず')).toEqual({ headword: '上手', reading: 'じょうず', partOfSpeech: 'adj-na,n', common: true, english: 'skillful; skilled; flattery' });
    // No reading given that matches: the common homograph, not the first one.
    expect(index.lookup('上手', 'かみて')).toBe('skillful; skilled; flattery');
    expect(index.lookup('うわて', 'うわて')).toBe('upper part; skillful (in comparisons)');
    expect(index.entry('拾う', 'ひろう')).toMatchObject({ partOfSpeech: 'v5u,vt', english: 'to pick up; to find; to gather' });
    expect(index.lookup('邪魔', 'じゃま')).toBe('hindrance; obstacle; to visit (someone\'s home)');
    expect(index.lookup('やばい', 'やばい')).toBe('dangerous; risky; awful');
    // The analyser spells readings in hiragana; a loanword's katakana reading still matches.
    expect(index.entry('コメント', 'こめんと')).toMatchObject({ common: true, english: 'comment' });
    // A vulgar sense is never shown as the next meaning: the one after it is.
    expect(index.lookup('息子', 'むすこ')).toBe('son; boy');
    expect(index.lookup('犬', 'いぬ')).toBeNull();
    expect(index.lookup('？？？', '')).toBeNull();
  });

  it('keeps the index in the data folder and rebuilds it when the source changes', async () => {
    const source = join(folder, 'edict-changing');
    const data = join(folder, 'data-changing');
    await writeFile(source, encodeEucJp(`${edict}\n`));
    expect((await loadEdict(source, data)).lookup('猫', 'ねこ')).toBeNull();
    const [indexName] = await readdir(join(data, 'dictionaries'));
    expect((await readFile(join(data, 'dictionaries', indexName), 'utf8')).split('\n')[0]).toMatch(/^kiln-edict-index \d+ \d+ \d+$/);
    await writeFile(source, encodeEucJp(`${edict}\n猫 [ねこ] /(n) cat/(P)/\n`));
    expect((await loadEdict(source, data)).lookup('猫', 'ねこ')).toBe('cat');
    // Written to a temporary name, then renamed: nothing half-written stays beside it.
    expect(await readdir(join(data, 'dictionaries'))).toEqual([indexName]);
  });

  it('gives the analyser dictionary meanings for ordinary words', async () => {
    const source = join(folder, 'edict-analysis');
    await writeFile(source, encodeEucJp(`${edict}\n`));
    const meanings = await loadEdict(source, join(folder, 'data'));
    const { items } = await analyzeTranscript(parseTranscript('それは難しい概念だね\n財布を拾った').cues, {}, { meanings });
    expect(items.find((item) => item.dictionaryForm === '概念')).toMatchObject({ english: 'general idea; concept; notion', meaningSource: 'jmdict' });
    expect(items.find((item) => item.dictionaryForm === '拾う')).toMatchObject({ english: 'to pick up; to find; to gather' });
  });
});

describe.skipIf(toolMissing('edict'))('loadEdict on Debian\'s EDICT (needs the edict package)', () => {
  it('indexes the whole dictionary and finds everyday and slang words', async () => {
    const index = await loadEdict(debianEdictPath, join(folder, 'data-debian'));
    expect(index.size).toBeGreaterThan(300_000);
    expect(index.entry('見直す', 'みなおす')).toMatchObject({ partOfSpeech: 'v5s,vt', common: true, english: expect.stringContaining('to look at again') });
    expect(index.lookup('罰ゲーム', 'ばつげえむ')).toContain('batsu game');
    expect(index.entry('凄い', 'すごい')?.common).toBe(true);
  }, 60_000);
});
