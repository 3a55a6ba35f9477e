import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { loadJmdict } from './load-jmdict.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-jmdict-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

// JMdict_e's shape, with DTD entities in <pos> as the real file has them; padded past one read chunk.
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE JMdict [<!ENTITY n "noun (common) (futsuumeishi)">]>
<JMdict>
${'<!-- padding -->\n'.repeat(70_000)}<entry><ent_seq>1</ent_seq><k_ele><keb>憂鬱</keb></k_ele><r_ele><reb>ゆううつ</reb></r_ele>
<sense><pos>&n;</pos><gloss>depression</gloss><gloss>melancholy</gloss><gloss xml:lang="ger">Schwermut</gloss></sense></entry>
<entry><ent_seq>2</ent_seq><k_ele><keb>上手</keb></k_ele><r_ele><reb>うわて</reb></r_ele><sense><gloss>upper part</gloss></sense></entry>
<entry><ent_seq>3</ent_seq><k_ele><keb>上手</keb></k_ele><r_ele><reb>じょうず</reb></r_ele><sense><gloss>skillful &amp; clever</gloss></sense></entry>
</JMdict>
`;

const simplified = {
  version: '3.5.0',
  words: [
    { id: '1', kanji: [{ common: true, text: '概念', tags: [] }], kana: [{ common: true, text: 'がいねん', tags: [], appliesToKanji: ['*'] }], sense: [{ gloss: [{ lang: 'eng', text: 'concept' }, { lang: 'eng', text: 'notion' }] }] },
  ],
};

describe('loadJmdict', () => {
  it('streams JMdict XML entry by entry and picks the sense matching the reading', async () => {
    const path = join(folder, 'JMdict_e.xml');
    await writeFile(path, xml);
    const index = await loadJmdict(path);
    expect(index.size).toBe(3);
    expect(index.lookup('憂鬱', 'ゆううつ')).toBe('depression; melancholy');
    expect(index.lookup('上手', 'じょうず')).toBe('skillful & clever');
    expect(index.lookup('ゆううつ', 'ゆううつ')).toBe('depression; melancholy');
    expect(index.lookup('犬', 'いぬ')).toBeNull();
  });

  it('reads jmdict-simplified JSON and gives the analyser JMdict meanings', async () => {
    const path = join(folder, 'jmdict-eng.json');
    await writeFile(path, JSON.stringify(simplified));
    const meanings = await loadJmdict(path);
    const { items } = await analyzeTranscript(parseTranscript('それは難しい概念だね\n憂鬱な気分').cues, {}, { meanings });
    expect(items.find((item) => item.dictionaryForm === '概念')).toMatchObject({ english: 'concept; notion', meaningSource: 'jmdict' });
    expect(items.find((item) => item.dictionaryForm === '憂鬱')).toMatchObject({ english: null, meaningSource: 'none' });
  });

  it('refuses a file that is neither', async () => {
    const path = join(folder, 'notes.txt');
    await writeFile(path, 'hello');
    await expect(loadJmdict(path)).rejects.toThrowError(BadInputError);
    await expect(loadJmdict(join(folder, 'missing.xml'))).rejects.toThrowError(/cannot be opened/);
  });
});
