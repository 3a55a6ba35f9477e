import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defineStep, type StepDefinition } from '../../engine/step.ts';
import { exportServicesFor } from './exports/export-services.ts';
import { renderExport, type ExportFormat } from './exports/vocabulary-export.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { vocabularyEntrySchema } from './store/vocabulary-entry.ts';
import { optionalService, requiredService } from '../../runtime/step-services.ts';

/** What a render step leaves behind: the file, as an asset of the learner. */
export const exportedAssetSchema = z.object({
  assetId: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.int(), entries: z.int(),
  /** What the file lacks and why, for the learner (e.g. cards without audio because their stream has no recording). */
  notes: z.array(z.string()),
});

const stepInput = z.object({ entries: z.array(vocabularyEntrySchema) });
type RenderStep = StepDefinition<z.output<typeof stepInput>, z.output<typeof exportedAssetSchema>>;

function renderStep(format: ExportFormat): RenderStep {
  return defineStep({
    id: `vocabulary.render-${format}`,
    version: 2,
    input: stepInput,
    output: exportedAssetSchema,
    async run(input, context) {
      context.progress(0.1, `writing ${format}`);
      const assets = requiredService(context.services, 'assets');
      const database = optionalService(context.services, 'database');
      const config = optionalService(context.services, 'config');
      const services = database && config ? exportServicesFor({
        store: createVocabularyStore(database), assets, config, ownerId: context.ownerId,
        signal: context.signal, temporaryFolder: context.temporaryFolder,
      }) : {};
      const file = await renderExport(format, input.entries, services);
      for (const note of file.notes) context.warn({ setting: 'media', message: note });
      context.signal.throwIfAborted();
      // Written in the job's folder first and stored from there, so the asset store gets the whole file or nothing.
      const folder = await mkdtemp(join(context.temporaryFolder, `export-${format}-`));
      try {
        const path = join(folder, file.fileName);
        await writeFile(path, file.data);
        const asset = await assets.put({
          ownerId: context.ownerId, data: createReadStream(path), mediaType: file.mediaType, name: file.fileName,
          jobId: context.jobId, metadata: { kind: 'vocabulary-export', format, entries: input.entries.length },
        });
        context.recordAsset(asset.id);
        return { assetId: asset.id, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: asset.sizeBytes, entries: input.entries.length, notes: file.notes };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  });
}

/** One `render-<format>` step per export format; each writes its file from the selection. */
export const exportRenderSteps: Record<ExportFormat, RenderStep> = {
  csv: renderStep('csv'), apkg: renderStep('apkg'), pdf: renderStep('pdf'), posts: renderStep('posts'),
};
