import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { entriesForExport } from './exports/vocabulary-export.ts';
import { vocabularyEntrySchema, vocabularyFilterSchema } from './store/vocabulary-entry.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { requiredService } from '../../runtime/step-services.ts';

const { page: _page, pageSize: _pageSize, ...filterShape } = vocabularyFilterSchema.shape;

/** The list's filters as an export takes them. */
export const exportFilterSchema = z.strictObject(filterShape);

/**
 * The items and sentences an export holds, read from the learner's vocabulary tables. Cached: the
 * input carries the vocabulary's revision, so a re-run (after a crash, or the same export asked for
 * again) reuses the selection until a stream, a status or a known word changes it.
 */
export const exportSelectStep = defineStep({
  id: 'vocabulary.export-select',
  version: 1,
  input: z.object({ filter: exportFilterSchema, revision: z.string() }),
  output: z.object({ entries: z.array(vocabularyEntrySchema) }),
  async run(input, context) {
    const database = requiredService(context.services, 'database');
    return { entries: await entriesForExport(createVocabularyStore(database), context.ownerId, input.filter) };
  },
});
