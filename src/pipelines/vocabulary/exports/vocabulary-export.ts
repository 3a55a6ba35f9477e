import type { VocabularyStore } from '../store/vocabulary-store.ts';
import type { VocabularyEntry, VocabularyFilter } from '../store/vocabulary-entry.ts';
import { exportCsv } from './export-csv.ts';

/** The file formats `GET /api/vocabulary/export` and `kiln vocab export` write. */
export const exportFormats = ['csv', 'apkg', 'pdf', 'posts'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportedFile {
  data: Buffer;
  mediaType: string;
  fileName: string;
}

/** Most entries one export holds; a deck or worksheet beyond this is not useful to study from. */
export const mostExportedEntries = 5000;

/** Every entry matching the filter (the list's filters and default status), in the list's order. */
export async function entriesForExport(store: VocabularyStore, ownerId: string, filter: Omit<VocabularyFilter, 'page' | 'pageSize'>): Promise<VocabularyEntry[]> {
  const entries: VocabularyEntry[] = [];
  for (let page = 1; entries.length < mostExportedEntries; page += 1) {
    const result = await store.query(ownerId, { ...filter, page, pageSize: 500 });
    entries.push(...result.entries);
    if (result.entries.length < 500) break;
  }
  return entries.slice(0, mostExportedEntries);
}

const writers: Record<ExportFormat, (entries: VocabularyEntry[]) => Promise<ExportedFile>> = {
  csv: async (entries) => ({ data: exportCsv(entries), mediaType: 'text/csv; charset=utf-8', fileName: 'vocabulary.csv' }),
  apkg: async (entries) => ({ data: await (await import('./export-apkg.ts')).exportApkg(entries), mediaType: 'application/octet-stream', fileName: 'vocabulary.apkg' }),
  pdf: async (entries) => ({ data: await (await import('./export-pdf.ts')).exportPdf(entries), mediaType: 'application/pdf', fileName: 'vocabulary-worksheet.pdf' }),
  posts: async (entries) => ({ data: Buffer.from(JSON.stringify({ posts: (await import('./export-posts.ts')).exportPosts(entries) }, null, 2)), mediaType: 'application/json', fileName: 'vocabulary-posts.json' }),
};

/** Writes the learner's matching entries in one format. */
export async function exportVocabulary(store: VocabularyStore, ownerId: string, format: ExportFormat, filter: Omit<VocabularyFilter, 'page' | 'pageSize'> = {}): Promise<ExportedFile> {
  return writers[format](await entriesForExport(store, ownerId, filter));
}
