import type { AssetStore } from '../../../runtime/contracts.ts';
import { meaningsFor } from '../analysis/choose-dictionary.ts';
import { cardMediaFolder, collectCardMedia } from '../cards/collect-card-media.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import type { ExportServices } from './vocabulary-export.ts';

export interface ExportServiceSources {
  store: VocabularyStore;
  assets: AssetStore;
  config: { dataDir: string; vocabulary?: { jmdictPath?: string } };
  ownerId: string;
  /** The request's or job's signal: a download given up on, or a job cancelled, stops cutting clips. */
  signal?: AbortSignal;
  /** A job's temporary folder, for recordings an object store downloads. */
  temporaryFolder?: string;
}

/** The recordings and the dictionary, for an export in a request or a job of this learner. */
export function exportServicesFor(sources: ExportServiceSources): ExportServices {
  const { store, assets, config, ownerId, signal, temporaryFolder } = sources;
  return {
    cardMedia: (entries) => collectCardMedia(entries, { store, assets, ownerId, cacheFolder: cardMediaFolder(config.dataDir), temporaryFolder, signal }),
    // A dictionary that cannot be opened costs the cards their part of speech, never the export.
    dictionary: () => meaningsFor(config).catch(() => undefined),
  };
}
