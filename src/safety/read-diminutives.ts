/**
 * The word a diminutive is made from, for the Romance languages the prompt check reads through dictionaries.
 * Children's stories are full of them ("un gattino", "o ursinho", "un osito", "la cameretta"), and neither
 * Apertium nor FreeDict lists most: without this an Italian kitten is a word nobody knows and the idea is refused
 * as unreadable, or the storyteller loses its hero. The endings are the grammar's own, not a list of words: a
 * base is only used when the dictionary has it, and it is read as "little …" (see read-translation.ts, gloss-idea.ts).
 */

interface DiminutiveEnding {
  /** The ending, longest first within a language, with its plural forms. */
  ending: RegExp;
  /** What may stand in its place: the base's own ending ("gatt|ino" → "gatto", "nipot|ina" → "nipote"). */
  baseEndings: string[];
}

const nounEndings = ['o', 'a', 'e', ''];

const endingsByLanguage: Record<string, DiminutiveEnding[]> = {
  // Italian: -ino, -etto, -ello, -uccio, -otto and their -cino form after a consonant ("leon|cino" → "leone").
  ita: [
    { ending: /(cin[oaie])$/u, baseEndings: nounEndings },
    { ending: /(in[oaie]|ett[oaie]|ell[oaie]|ucci[oa]|ucc[ie]|ott[oaie])$/u, baseEndings: nounEndings },
  ],
  // Portuguese: -zinho after a whole word ("irmão|zinho", "flor|zinha"), -inho after a stem ("cachorr|inho"), -ito.
  por: [
    { ending: /(zinh[oa]s?|zit[oa]s?)$/u, baseEndings: [''] },
    { ending: /(inh[oa]s?|it[oa]s?)$/u, baseEndings: nounEndings },
  ],
  // Spanish: -cito after a whole word ("ratón|cito"), -ito and -illo after a stem ("gat|ito").
  spa: [
    { ending: /(ecit[oa]s?|cit[oa]s?)$/u, baseEndings: nounEndings },
    { ending: /(it[oa]s?|ill[oa]s?)$/u, baseEndings: nounEndings },
  ],
};

/** The fewest letters left before the ending ("os|ito" → "oso" keeps two). */
const shortestStem = 2;

/**
 * The words a diminutive may be made from, most likely first, for the dictionary to confirm; none for a language
 * without rules here or a word with no diminutive ending. A spelling the ending changed is put back ("barqu|inho" →
 * "barco", "amigu|ito" → "amigo"), and an accent the ending moved is tried on each vowel ("ratonc|ito" → "ratón",
 * "passar|inho" → "pássaro").
 */
export function diminutiveBases(word: string, language: string): string[] {
  const bases: string[] = [];
  for (const { ending, baseEndings } of endingsByLanguage[language] ?? []) {
    const match = ending.exec(word);
    if (!match) continue;
    const stem = word.slice(0, match.index).replace(/qu$/u, 'c').replace(/gu$/u, 'g');
    if (stem.length < shortestStem) continue;
    for (const baseEnding of baseEndings) {
      const base = stem + baseEnding;
      if (base.length > shortestStem) bases.push(base);
    }
  }
  const unaccented = [...new Set(bases)];
  return [...unaccented, ...unaccented.flatMap(accentedForms)];
}

const accents: Record<string, string[]> = { a: ['á', 'â', 'ã'], e: ['é', 'ê'], i: ['í'], o: ['ó', 'ô'], u: ['ú'] };

/** The word with one vowel accented, each vowel in turn from the end: where a Romance stress mark goes. */
function accentedForms(word: string): string[] {
  const forms: string[] = [];
  for (let at = word.length - 1; at >= 0; at -= 1) {
    for (const accented of accents[word[at]] ?? []) forms.push(word.slice(0, at) + accented + word.slice(at + 1));
  }
  return forms;
}

/** How a diminutive's base gloss is read in English: "gattino" is a little cat. */
export const asDiminutive = (gloss: string) => (/^(little|small|tiny)\b/i.test(gloss) ? gloss : `little ${gloss}`);
