/**
 * Which Japanese–English dictionary gives ordinary words their meaning: the JMdict file the
 * operator configured, else EDICT from Debian's `edict` package, else none (items keep their
 * glossary meaning or none, and doctor, health and the vocabulary page say why). Never an error.
 */
import { statSync } from 'node:fs';
import type { MeaningLookup } from './meaning-lookup.ts';
import { debianEdictPath, loadEdict } from './load-edict.ts';
import { loadJmdict } from './load-jmdict.ts';

export interface DictionaryChoice {
  /** The dictionary the analysis reads. */
  kind: 'jmdict' | 'edict' | 'none';
  /** Its file; null for none. */
  path: string | null;
  /** Its name and licence for a page, e.g. `EDICT (CC BY-SA 4.0, EDRDG)`; null for none. */
  label: string | null;
  /** Kind, size and modification time: changes when the file does, so cached analyses are redone. */
  version: string;
  /** A sentence for a person: what is in use, or what is missing and how to get it. */
  description: string;
}

/** How to get a dictionary, said wherever none is in use. */
export const dictionaryAdvice = 'install EDICT with apt-get install edict (Debian/Ubuntu), or name a JMdict file as vocabulary.jmdictPath in kiln.config.json';

const fileStamp = (path: string) => {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.size} ${Math.trunc(stats.mtimeMs)}` : null;
  } catch {
    return null;
  }
};

export function chooseDictionary(jmdictPath: string | undefined, edictPath: string = debianEdictPath): DictionaryChoice {
  const jmdictStamp = jmdictPath ? fileStamp(jmdictPath) : null;
  if (jmdictPath && jmdictStamp) {
    return { kind: 'jmdict', path: jmdictPath, label: 'JMdict (CC BY-SA 4.0, EDRDG)', version: `jmdict ${jmdictStamp}`, description: `JMdict from ${jmdictPath} (CC BY-SA 4.0, EDRDG)` };
  }
  // A configured file that went missing falls back to EDICT rather than failing every analysis.
  const unreadable = jmdictPath ? `the configured JMdict file ${jmdictPath} cannot be read; ` : '';
  const edictStamp = fileStamp(edictPath);
  if (edictStamp) {
    return { kind: 'edict', path: edictPath, label: 'EDICT (CC BY-SA 4.0, EDRDG)', version: `edict ${edictStamp}`, description: `${unreadable}EDICT from ${edictPath} (CC BY-SA 4.0, EDRDG)` };
  }
  return {
    kind: 'none', path: null, label: null, version: 'none',
    description: `${unreadable}no dictionary: ordinary words get no English meaning (only the stream glossary's terms do); ${dictionaryAdvice}`,
  };
}

// A JMdict file takes seconds to read; kept per path for the life of the process (EDICT caches itself).
const jmdictFiles = new Map<string, Promise<MeaningLookup>>();

/** The chosen dictionary's lookup, by path: callable from a worker thread as from the step. */
export async function loadDictionary(choice: Pick<DictionaryChoice, 'kind' | 'path'>, dataFolder: string): Promise<MeaningLookup | undefined> {
  if (!choice.path || choice.kind === 'none') return undefined;
  if (choice.kind === 'edict') return loadEdict(choice.path, dataFolder);
  let loading = jmdictFiles.get(choice.path);
  if (!loading) {
    loading = loadJmdict(choice.path);
    jmdictFiles.set(choice.path, loading);
    loading.catch(() => jmdictFiles.delete(choice.path!));
  }
  return loading;
}

/** The dictionary a config chooses, loaded; undefined without a config (a bare test run) or a dictionary. */
export function meaningsFor(config: { dataDir: string; vocabulary?: { jmdictPath?: string } } | undefined): Promise<MeaningLookup | undefined> {
  return config ? loadDictionary(chooseDictionary(config.vocabulary?.jmdictPath), config.dataDir) : Promise.resolve(undefined);
}
