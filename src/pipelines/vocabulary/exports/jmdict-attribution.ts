import type { VocabularyEntry } from '../store/vocabulary-entry.ts';

/**
 * The licence of JMdict and of EDICT (made from JMdict; Debian's `edict` package) asks every use to
 * credit it (CC BY-SA 4.0, the Electronic Dictionary Research and Development Group). Meanings from
 * either are marked `jmdict`.
 */
export const jmdictAttribution = 'Meanings marked JMdict come from the JMdict/EDICT dictionary files, © the Electronic Dictionary Research and Development Group, used under CC BY-SA 4.0 (https://www.edrdg.org/edrdg/licence.html).';

/** The same credit in a spreadsheet cell. */
export const jmdictCredit = 'JMdict/EDICT (EDRDG), CC BY-SA 4.0';

/** True when any entry's meaning came from JMdict or EDICT, so the export must carry the attribution. */
export const needsJmdictAttribution = (entries: readonly VocabularyEntry[]): boolean => entries.some((entry) => entry.meaningSource === 'jmdict');
