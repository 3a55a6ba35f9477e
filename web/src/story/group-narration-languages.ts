/**
 * The narrator's languages as the profile form offers them: first those it speaks well, grouped by
 * family, then the rest (basic pronunciation rules only, constructed and fictional languages) behind
 * "More". How well is eSpeak-NG's own word (each voice file's `status`), not a list of ours.
 */
import type { NarrationLanguage } from './use-speech-voices.ts';

/** ISO 639-5 family codes as eSpeak-NG files its voices, in plain words. */
const familyWords: Record<string, string> = {
  aav: 'Austroasiatic', art: 'Constructed', azc: 'Uto-Aztecan', bat: 'Baltic', bnt: 'Bantu', ccs: 'Kartvelian',
  cel: 'Celtic', cus: 'Cushitic', dra: 'Dravidian', esx: 'Eskimo-Aleut', gmq: 'Germanic', gmw: 'Germanic',
  grk: 'Greek', inc: 'Indic', ine: 'Other Indo-European', ira: 'Iranian', iro: 'Iroquoian', itc: 'Italic',
  jpx: 'Japanese', ko: 'Korean', map: 'Austronesian', poz: 'Austronesian', myn: 'Mayan', roa: 'Romance',
  sai: 'South American', sem: 'Semitic', sit: 'Chinese and Sino-Tibetan', tai: 'Tai', trk: 'Turkic',
  urj: 'Uralic', zle: 'Slavic', zls: 'Slavic', zlw: 'Slavic',
};

export interface LanguageGroup {
  label: string;
  languages: NarrationLanguage[];
}

/** True for a language the narrator speaks well: not marked `testing`, and a language people speak. */
export function isSpokenWell(language: NarrationLanguage): boolean {
  return language.status !== 'testing' && language.family !== 'art';
}

export function groupNarrationLanguages(languages: readonly NarrationLanguage[]): { groups: LanguageGroup[]; more: NarrationLanguage[] } {
  const byName = (left: NarrationLanguage, right: NarrationLanguage) => left.name.localeCompare(right.name);
  const groups = new Map<string, NarrationLanguage[]>();
  for (const language of languages.filter(isSpokenWell)) {
    const label = familyWords[language.family] ?? 'Other languages';
    groups.set(label, [...(groups.get(label) ?? []), language]);
  }
  return {
    groups: [...groups].map(([label, members]) => ({ label, languages: members.sort(byName) }))
      .sort((left, right) => (left.label === 'Other languages' ? 1 : right.label === 'Other languages' ? -1 : left.label.localeCompare(right.label))),
    more: languages.filter((language) => !isSpokenWell(language)).sort(byName),
  };
}

/** A language code as a name ("en" → "English") when the narrator's list does not have it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
