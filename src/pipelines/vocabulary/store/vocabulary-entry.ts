import { z } from 'zod';
import { expressionStatuses, itemKinds } from '../vocabulary-contracts.ts';

/** The example sentence chosen for an expression: an i+1 sentence when there is one. */
export const exampleSchema = z.object({
  sentence: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
  link: z.string().nullable(),
  streamId: z.string(),
  /** True when this expression is the only word in the sentence the learner does not know. */
  iPlusOne: z.boolean(),
});

/** One of the learner's expressions as the list, the exports and the web page see it. */
export const vocabularyEntrySchema = z.object({
  id: z.string(),
  expression: z.string(),
  dictionaryForm: z.string(),
  reading: z.string(),
  romaji: z.string(),
  english: z.string().nullable(),
  meaningSource: z.enum(['glossary', 'jmdict', 'llm', 'none']),
  kind: z.enum(itemKinds),
  difficulty: z.int(),
  tags: z.array(z.string()),
  note: z.string().nullable(),
  status: z.enum(expressionStatuses),
  firstSeenAt: z.string(),
  totalCount: z.int(),
  example: exampleSchema.nullable(),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/** The filters of `GET /api/vocabulary`, shared with the exports and the CLI. */
export const vocabularyFilterSchema = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(itemKinds).optional(),
  difficulty: z.coerce.number().int().min(1).max(5).optional(),
  stream: z.string().max(100).optional(),
  /** `new` and `learning` when not given: known expressions are hidden unless asked for. */
  status: z.enum([...expressionStatuses, 'all']).optional(),
  /** `true`: only the expressions mined from the reader, the queue of cards the learner asked for. */
  mined: z.enum(['true', 'false']).optional(),
  sort: z.enum(['frequency', 'first_seen']).default('frequency'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type VocabularyFilter = z.input<typeof vocabularyFilterSchema>;
