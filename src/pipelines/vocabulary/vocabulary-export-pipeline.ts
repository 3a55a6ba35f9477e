import { z } from 'zod';
import { definePipeline } from '../../engine/define-pipeline.ts';
import { exportRenderSteps } from './export-render-step.ts';
import { exportFilterSchema, exportSelectStep } from './export-select-step.ts';
import { exportFormats } from './exports/vocabulary-export.ts';

/** A vocabulary export job's input: the format, the list's filters, and the vocabulary's revision. */
export const vocabularyExportInputSchema = z.strictObject({
  /** csv, apkg (Anki deck), pdf (worksheet) or posts ("word of the day" JSON). */
  format: z.enum(exportFormats),
  /** The list's filters (q, kind, difficulty, stream, status, sort); known expressions are left out unless status says otherwise. */
  filter: exportFilterSchema.default({ sort: 'frequency' }),
  /** vocabularyRevision() when the job was made: the selection's cache holds only while it is unchanged. */
  revision: z.string().min(1).max(200),
});
export type VocabularyExportInput = z.output<typeof vocabularyExportInputSchema>;

/**
 * Writes the learner's vocabulary as a file: `select` reads the items and sentences, then one
 * `render-<format>` step writes the file as an asset. Both are cached, so a re-run after a crash
 * reuses the selection and a finished file.
 */
export const vocabularyExportPipeline = definePipeline({
  id: 'vocabulary-export',
  description: 'Writes your vocabulary as CSV, an Anki deck, a PDF worksheet or "word of the day" posts, as a file to download.',
  input: vocabularyExportInputSchema,
})
  .node('select', { step: exportSelectStep, input: (job) => ({ filter: job.filter, revision: job.revision }) })
  .forEach(exportFormats, (graph, format) => graph.node(`render-${format}`, {
    step: exportRenderSteps[format],
    after: ['select'],
    when: (job) => job.format === format,
    input: (_job, upstream) => ({ entries: upstream.select.entries }),
  }))
  // Present: `when` keeps the render of the job's format.
  .output((job, outputs) => outputs[`render-${job.format}`]!);
