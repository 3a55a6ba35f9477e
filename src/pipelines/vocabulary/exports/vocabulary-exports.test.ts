import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { sampleAnalysis } from '../testing/sample-analysis.ts';
import { countPostLength } from './count-post-length.ts';
import { exportApkg } from './export-apkg.ts';
import { exportCsv } from './export-csv.ts';
import { blankedSentence, exportPdf } from './export-pdf.ts';
import { exportPosts } from './export-posts.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The sample analysis as the store would answer it, first occurrence as the example. */
const entries: VocabularyEntry[] = sampleAnalysis().items.map((item, index) => ({
  id: `e${index}`, expression: item.expression, dictionaryForm: item.dictionaryForm, reading: item.reading, romaji: item.romaji, english: item.english,
  meaningSource: item.meaningSource, kind: item.kind, difficulty: item.difficulty, tags: item.tags, note: item.note, status: 'new',
  firstSeenAt: new Date(0).toISOString(), totalCount: item.count,
  example: { ...item.occurrences[0], streamId: 's1', iPlusOne: index === 0 },
}));

let folder: string;
beforeAll(async () => { folder = await mkdtemp(join(tmpdir(), 'kiln-vocabulary-exports-')); });
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('vocabulary exports', () => {
  it('writes CSV as UTF-8 with a BOM, quotes cells and defuses formulas, and credits JMdict rows', () => {
    const csv = exportCsv([...entries, { ...entries[0], id: 'x', expression: '=1+1', english: 'a, "quoted" meaning' }]).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1], lines[1]).toMatch(/^やばい,やばい,やばい,yabai,crazy; awesome; dangerous,glossary,slang,2,slang,new,2,やばい、この草すぎる,5,0:05,https:\/\/www\.youtube\.com\/watch\?v=abc123XYZ_0&t=5s,/);
    expect(lines[3]).toMatch(/,"JMdict\/EDICT \(EDRDG\), CC BY-SA 4\.0"$/);
    expect(lines[4]).toMatch(/^'=1\+1,.*"a, ""quoted"" meaning"/);
  });

  it('builds an Anki deck whose notes carry expression, reading, meaning, sentence, source link and tags', async () => {
    const zip = await JSZip.loadAsync(await exportApkg(entries));
    // The sql.js anki-apkg-export itself depends on: a module with Database, no init step in this version.
    const SQL = createRequire(require.resolve('anki-apkg-export'))('sql.js') as { Database: new (data: Uint8Array) => { exec(sql: string): { values: unknown[][] }[] } };
    const database = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
    const [models] = database.exec('SELECT models FROM col');
    const model = Object.values(JSON.parse(String(models.values[0][0])) as Record<string, { name: string; flds: { name: string }[] }>)
      .find((candidate) => candidate.name === 'Kiln Vocabulary')!;
    expect(model.flds.map((field) => field.name)).toEqual(['Expression', 'Reading', 'Meaning', 'PartOfSpeech', 'Sentence', 'SentenceAudio', 'Picture', 'Source']);
    const [notes] = database.exec('SELECT flds, tags FROM notes ORDER BY sfld');
    const byExpression = new Map(notes.values.map(([fields, tags]) => [String(fields).split('\x1f')[0], { fields: String(fields).split('\x1f'), tags: String(tags) }]));
    expect(byExpression.get('草')!.fields).toEqual([
      '草', 'くさ', 'lol (literally &quot;grass&quot;)', 'stream term', 'やばい、この<b>草</b>すぎる', '', '',
      '<a href="https://www.youtube.com/watch?v=abc123XYZ_0&amp;t=5s">▶ 0:05 https://www.youtube.com/watch?v=abc123XYZ_0&amp;t=5s</a>',
    ]);
    expect(byExpression.get('草')!.tags).toMatch(/internet/);
    expect(byExpression.get('つよすぎ')!.fields[2]).toMatch(/too strong.*CC BY-SA 4\.0/);
    expect(byExpression.get('つよすぎ')!.fields[3]).toBe('grammar pattern');
  });

  it('renders a PDF worksheet whose pages (list, exercise, answer key) are not blank', async () => {
    expect(blankedSentence(entries[1])).toBe('やばい、この＿＿＿＿すぎる');
    const pdf = join(folder, 'worksheet.pdf');
    await writeFile(pdf, await exportPdf(entries));
    await run('pdftoppm', ['-r', '40', '-png', pdf, join(folder, 'page')]);
    const pages = (await readdir(folder)).filter((name) => name.startsWith('page')).sort();
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      const { channels } = await sharp(await readFile(join(folder, page))).stats();
      // A blank page is white everywhere: the darkest pixel would be 255.
      expect(channels[0].min, page).toBeLessThan(128);
    }
    const text = (await run('pdftotext', [pdf, '-'])).stdout;
    expect(text).toMatch(/Fill in the blanks/);
    expect(text).toMatch(/Answer key/);
    expect(text).toMatch(/JMdict/);
  }, 30_000);

  it('writes "word of the day" posts within 280 characters as X counts them, with the timestamp link', () => {
    expect(countPostLength('abc https://example.com/a/very/long/path?with=query')).toBe(4 + 23);
    expect(countPostLength('草')).toBe(2);
    const long = { ...entries[0], example: { ...entries[0].example!, sentence: 'とても長い文です。'.repeat(40) } };
    const posts = exportPosts([long, ...entries]);
    expect(posts).toHaveLength(4);
    for (const post of posts) expect(post.length).toBeLessThanOrEqual(280);
    expect(posts[0].text).toMatch(/…」/);
    expect(posts[1].text).toMatch(/Word of the day: やばい[\s\S]*https:\/\/www\.youtube\.com\/watch\?v=abc123XYZ_0&t=5s/);
  });
});
