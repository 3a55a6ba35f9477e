import type { VocabularyStore } from '../store/vocabulary-store.ts';
import type { VocabularyEntry, VocabularyFilter } from '../store/vocabulary-entry.ts';
import type { MeaningLookup } from '../analysis/meaning-lookup.ts';
import type { CardMediaSet } from '../cards/collect-card-media.ts';
import { exportCsv } from './export-csv.ts';

/** The file formats `vocabulary-export` jobs, `GET /api/vocabulary/export` and `kiln vocab export` write. */
export const exportFormats = ['csv', 'apkg', 'pdf', 'posts'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The list's filters an export takes (no paging: an export holds every match up to mostExportedEntries). */
export type ExportFilter = Omit<VocabularyFilter, 'page' | 'pageSize'>;

export interface ExportedFile {
  data: Buffer;
  mediaType: string;
  fileName: string;
  /** Sentences for the learner about what the file lacks and why (cards without audio or picture). */
  notes: string[];
}

/** What the writers may use beyond the entries; each is optional, and a file is written without it. */
export interface ExportServices {
  /** The cards' sentence audio and pictures (collectCardMedia for this learner); an Anki deck is text-only without. */
  cardMedia?: (entries: readonly VocabularyEntry[]) => Promise<CardMediaSet>;
  /** The dictionary in use, for the cards' part of speech; loaded only for a deck. */
  dictionary?: () => Promise<MeaningLookup | undefined>;
}

/** Most entries one export holds; a deck or worksheet beyond this is not useful to study from. */
export const mostExportedEntries = 5000;

/** Every entry matching the filter (the list's filters and default status), in the list's order: the `select` step's work. */
export async function entriesForExport(store: VocabularyStore, ownerId: string, filter: ExportFilter): Promise<VocabularyEntry[]> {
  const entries: VocabularyEntry[] = [];
  for (let page = 1; entries.length < mostExportedEntries; page += 1) {
    const result = await store.query(ownerId, { ...filter, page, pageSize: 500 });
    entries.push(...result.entries);
    if (result.entries.length < 500) break;
  }
  return entries.slice(0, mostExportedEntries);
}

// The heavier writers (sql.js, pdfkit and its font) load only when their format is asked for.
const writers: Record<ExportFormat, (entries: VocabularyEntry[], services: ExportServices) => Promise<ExportedFile>> = {
  csv: async (entries) => ({ data: exportCsv(entries), mediaType: 'text/csv; charset=utf-8', fileName: 'vocabulary.csv', notes: [] }),
  apkg: async (entries, services) => {
    const media = services.cardMedia ? await services.cardMedia(entries) : undefined;
    const { partOfSpeechOf } = await import('../cards/part-of-speech.ts');
    const dictionary = await services.dictionary?.();
    const data = await (await import('./export-apkg.ts')).exportApkg(entries, { media, partOfSpeech: (entry) => partOfSpeechOf(entry, dictionary) });
    const notes = media?.notes ?? (entries.length > 0 ? ['The cards have no sentence audio or picture: this export was written without access to the recordings.'] : []);
    return { data, mediaType: 'application/octet-stream', fileName: 'vocabulary.apkg', notes };
  },
  pdf: async (entries) => ({ data: await (await import('./export-pdf.ts')).exportPdf(entries), mediaType: 'application/pdf', fileName: 'vocabulary-worksheet.pdf', notes: [] }),
  posts: async (entries) => ({ data: Buffer.from(JSON.stringify({ posts: (await import('./export-posts.ts')).exportPosts(entries) }, null, 2)), mediaType: 'application/json', fileName: 'vocabulary-posts.json', notes: [] }),
};

/** Writes selected entries in one format: the `render-<format>` step's work. */
export function renderExport(format: ExportFormat, entries: VocabularyEntry[], services: ExportServices = {}): Promise<ExportedFile> {
  return writers[format](entries, services);
}

/** Selects and writes the learner's matching entries in one format, in the request (direct downloads). */
export async function exportVocabulary(store: VocabularyStore, ownerId: string, format: ExportFormat, filter: ExportFilter = {}, services: ExportServices = {}): Promise<ExportedFile> {
  return renderExport(format, await entriesForExport(store, ownerId, filter), services);
}
