/**
 * The AI path: a text model reads the stream's sentences (about 150 at a time) and names slang,
 * cultural references, grammar patterns and common learner mistakes, as JSON checked by zod. Its
 * answer is merged into the offline items: the glossary wins on conflicts, the model fills meanings
 * the offline sources lacked and adds expressions they missed (`meaningSource: 'llm'`).
 */
import { toHiragana, toRomaji } from 'wanakana';
import { z } from 'zod';
import { InvalidOutputError } from '../../../engine/errors/index.ts';
import type { TextModel } from '../../../providers/spec/text.ts';
import { linkAt } from '../transcripts/link-at.ts';
import type { StreamAnalysis, StreamSource, VocabularyItem } from '../vocabulary-contracts.ts';
import { itemKinds } from '../vocabulary-contracts.ts';

export const sentencesPerChunk = 150;

const modelItemSchema = z.object({
  expression: z.string().min(1).max(60),
  reading: z.string().max(80),
  english: z.string().min(1).max(300),
  kind: z.enum(itemKinds),
  difficulty: z.number().int().min(1).max(5),
  note: z.string().max(400),
});
export const modelAnswerSchema = z.object({ items: z.array(modelItemSchema).max(80) });
const modelAnswerJsonSchema = z.toJSONSchema(modelAnswerSchema) as Record<string, unknown>;

const system = [
  'You help learners of Japanese who watch Vtuber and game streams.',
  'From the transcript sentences, list the expressions worth studying: internet and stream slang, cultural references,',
  'casual grammar patterns (write them as 〜てる, 〜ちゃう …) and ordinary words a learner may not know.',
  'For each give the expression as written, its reading in hiragana, a short English meaning, the kind, a difficulty',
  'from 1 (beginner) to 5, and a note on usage or a common learner mistake. Only list expressions that occur in the text.',
].join(' ');

export interface EnrichResult {
  items: VocabularyItem[];
  warnings: string[];
}

export async function enrichWithTextModel(
  items: VocabularyItem[], sentences: StreamAnalysis['sentences'], textModel: TextModel, signal?: AbortSignal, source: StreamSource = {},
): Promise<EnrichResult> {
  const merged = items.map((item) => ({ ...item, tags: [...item.tags] }));
  const byForm = new Map<string, VocabularyItem>();
  for (const item of merged) {
    byForm.set(item.dictionaryForm, item);
    byForm.set(item.expression, item);
  }
  const warnings: string[] = [];
  for (let from = 0; from < sentences.length; from += sentencesPerChunk) {
    signal?.throwIfAborted();
    const chunk = sentences.slice(from, from + sentencesPerChunk);
    const skipped = `The text model's answer for sentences ${from + 1}-${from + chunk.length} did not fit the schema and was skipped.`;
    let result: Awaited<ReturnType<TextModel['generate']>>;
    try {
      result = await textModel.generate({
        system, prompt: chunk.map((sentence) => sentence.text).join('\n'), schema: modelAnswerJsonSchema, schemaName: 'stream_vocabulary',
        temperature: 0.2, maxTokens: 4096, abortSignal: signal,
      });
    } catch (error) {
      // One chunk the model could not answer in shape should not cost the whole stream's analysis.
      if (error instanceof InvalidOutputError) {
        warnings.push(skipped);
        continue;
      }
      throw error;
    }
    warnings.push(...result.warnings.map((warning) => `${textModel.provider} ignored ${warning.setting}: ${warning.message}`));
    let answer: unknown = result.json;
    try {
      answer ??= JSON.parse(result.text);
    } catch {
      answer = undefined;
    }
    const checked = modelAnswerSchema.safeParse(answer);
    if (!checked.success) {
      warnings.push(skipped);
      continue;
    }
    for (const suggestion of checked.data.items) {
      const existing = byForm.get(suggestion.expression);
      if (existing?.tags.includes('llm') && existing.meaningSource === 'llm' && existing.tags.length === 1) {
        // An expression the model added from an earlier chunk: count its uses here too.
        for (const sentence of chunk.filter((candidate) => candidate.text.includes(existing.expression))) {
          existing.count += 1;
          existing.occurrences.push({ sentence: sentence.text, start: sentence.start, end: sentence.end, link: linkAt(source, sentence.start) });
        }
        continue;
      }
      if (existing) {
        // The glossary is Kiln's reviewed source; the model only fills what offline sources left empty.
        if (existing.meaningSource === 'glossary') continue;
        if (existing.english === null) {
          existing.english = suggestion.english;
          existing.meaningSource = 'llm';
        }
        existing.note ??= suggestion.note || null;
        continue;
      }
      const used = chunk.filter((sentence) => sentence.text.includes(suggestion.expression));
      if (used.length === 0) continue; // Only expressions really said in the stream become items.
      const reading = toHiragana(suggestion.reading || suggestion.expression);
      const item: VocabularyItem = {
        expression: suggestion.expression, dictionaryForm: suggestion.expression, reading, romaji: toRomaji(reading),
        english: suggestion.english, meaningSource: 'llm', kind: suggestion.kind, difficulty: suggestion.difficulty, tags: ['llm'],
        note: suggestion.note || null, count: used.length,
        occurrences: used.map((sentence) => ({ sentence: sentence.text, start: sentence.start, end: sentence.end, link: linkAt(source, sentence.start) })),
      };
      merged.push(item);
      byForm.set(item.expression, item);
    }
  }
  return { items: merged, warnings };
}
