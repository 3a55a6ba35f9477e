import type { VocabularyEntry } from '../store/vocabulary-entry.ts';

/** JMdict's licence asks every use to credit it (CC BY-SA 4.0, the Electronic Dictionary Research and Development Group). */
export const jmdictAttribution = 'Meanings marked JMdict come from the JMdict dictionary, © the Electronic Dictionary Research and Development Group, used under CC BY-SA 4.0 (https://www.edrdg.org/edrdg/licence.html).';

/** True when any entry's meaning came from JMdict, so the export must carry the attribution. */
export const needsJmdictAttribution = (entries: readonly VocabularyEntry[]): boolean => entries.some((entry) => entry.meaningSource === 'jmdict');
