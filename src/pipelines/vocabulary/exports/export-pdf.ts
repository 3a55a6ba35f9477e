import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { jmdictAttribution, needsJmdictAttribution } from './jmdict-attribution.ts';

const require = createRequire(import.meta.url);
/** Noto Sans JP (SIL Open Font License), from @expo-google-fonts/noto-sans-jp: pdfkit's own fonts have no kana or kanji. */
export const japaneseFontPath = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');

/** Most exercises on one worksheet; the expression list holds every entry. */
const mostExercises = 30;
const blank = '＿＿＿＿';

/** The sentence with the expression blanked out, or null when the sentence does not hold it as written. */
export function blankedSentence(entry: VocabularyEntry): string | null {
  const sentence = entry.example?.sentence;
  if (!sentence || !sentence.includes(entry.expression)) return null;
  return sentence.replace(entry.expression, blank);
}

/**
 * A printable worksheet: the expression list (expression, reading, meaning), a fill-in-the-blank
 * exercise from the real sentences of the streams, and the answer key on its own page.
 */
export async function exportPdf(entries: readonly VocabularyEntry[], title = 'Vocabulary worksheet'): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Creator: 'Kiln' } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('japanese', japaneseFontPath);
  document.font('japanese');

  document.fontSize(20).text(title);
  document.moveDown(0.5).fontSize(12).text('Expressions');
  document.moveDown(0.3).fontSize(10);
  if (entries.length === 0) document.text('No expressions match; analyse a stream or change the filters.');
  for (const entry of entries) {
    document.text(`${entry.expression}  【${entry.reading}】  ${entry.romaji}  —  ${entry.english ?? '(no meaning found)'}`);
  }

  const exercises = entries.map((entry) => ({ entry, sentence: blankedSentence(entry) }))
    .filter((exercise): exercise is { entry: VocabularyEntry; sentence: string } => exercise.sentence !== null)
    .slice(0, mostExercises);
  if (exercises.length > 0) {
    document.addPage().fontSize(14).text('Fill in the blanks');
    document.moveDown(0.3).fontSize(9).text(`Choose from: ${[...new Set(exercises.map(({ entry }) => entry.expression))].sort().join('、')}`);
    document.moveDown(0.5).fontSize(11);
    exercises.forEach(({ entry, sentence }, index) => {
      document.text(`${index + 1}. ${sentence}`);
      if (entry.english) document.fontSize(8).fillColor('#555555').text(`    (${entry.english})`).fontSize(11).fillColor('black');
      document.moveDown(0.4);
    });
    document.addPage().fontSize(14).text('Answer key');
    document.moveDown(0.5).fontSize(11);
    exercises.forEach(({ entry }, index) => document.text(`${index + 1}. ${entry.expression}（${entry.reading}）`));
  }
  if (needsJmdictAttribution(entries)) document.moveDown(1).fontSize(7).fillColor('#555555').text(jmdictAttribution);
  document.end();
  return finished;
}
