import {
  companionOnlyWords, fearWords, feelingWords, heroTraits, heroWords, keepsakeWords, makeableWords, personWords, placeWords, timeWords, troubleWords,
} from '../providers/builtin/storyteller/idea-vocabulary.ts';
import { sensesOf, taggedSenseCount } from './wordnet-lexicon.ts';

/** A kind of personal detail that has no place in a story a server stores. */
export type PersonalDataKind = 'email address' | 'phone number' | 'street address' | 'postcode' | 'school' | 'web address' | 'password' | 'date of birth' | 'surname';

interface PersonalDataPattern {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** What stands in its place, so the sentence still reads (a function may keep a match that is not a detail). */
  replacement: string | ((match: string) => string);
}

const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januar|februar|märz|maerz|juni|juli|oktober|dezember';
const dates = [
  '\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b', '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
  `\\b\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?(?:${months})\\.?,?\\s+(?:de\\s+)?\\d{4}\\b`, `\\b(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
].join('|');
// Street words that come before the street's name (Via Roma, Rue des Lilas, Calle Mayor, Rua Augusta, ulica Długa).
const streetWordsBefore = 'via|viale|vicolo|piazza|piazzale|corso|largo|rue|avenue|boulevard|bd|chemin|impasse|allee|allée|place|calle|avenida|av|plaza|paseo|carrer|camino|rua|travessa|praça|praca|largo|estrada|ulica|ul|aleja|plac|straat|laan|weg';
// Endings of street names written as one word (Hauptstraße, Kerkstraat, Lindenweg).
const streetEndings = 'straße|strasse|str\\.|weg|gasse|platz|allee|straat|laan|gracht|plein|steeg|kade|dijk';
/**
 * `words` matched in any case, letter by letter ([vV][iI][aA]): the rest of the address pattern must
 * keep its case (the town is capitalised), and the inline `(?i:…)` modifier needs V8 12.5, newer than
 * Node 22's, which the README supports.
 */
function anyCase(words: string): string {
  let pattern = '';
  for (let index = 0; index < words.length; index += 1) {
    const character = words[index];
    if (character === '\\') {
      pattern += character + words[(index += 1)];
      continue;
    }
    const upper = character.toUpperCase();
    pattern += upper !== character && upper.length === 1 ? `[${character}${upper}]` : character;
  }
  return pattern;
}
// ", Bologna" after an address is the town: it goes with it.
const town = '(?:,?\\s+\\d{4,5})?(?:,\\s*\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?';

const patterns: PersonalDataPattern[] = [
  // Dates come before the phone numbers, whose digit runs they would otherwise feed: 14/03/2019, 2019-03-14, 14 March 2019, March 14, 2019.
  { kind: 'date of birth', pattern: new RegExp(`(?:\\b(?:born|birthday|dob|date of birth|nato|nata|née?|nacid[oa]|geboren|nascid[oa])\\b[:,]?\\s*(?:on|in|the|il|le|am|el|em)?\\s*)?(?:${dates})`, 'giu'), replacement: '' },
  // A street word of many languages, then a name and a house number, then perhaps the town: "Via Roma 21, Bologna", "Calle Mayor 5".
  { kind: 'street address', pattern: new RegExp(`(?:\\b\\d{1,5}[a-z]?,?\\s+)?\\b(?:${anyCase(streetWordsBefore)})\\s+(?:[\\p{L}'.-]+\\s+){0,3}?\\d{1,5}[a-z]?\\b${town}`, 'gu'), replacement: '' },
  { kind: 'street address', pattern: new RegExp(`\\b[\\p{L}-]+(?:${anyCase(streetEndings)})\\s+\\d{1,4}[a-z]?\\b${town}`, 'gu'), replacement: '' },
  // A named school tells a stranger where the child is every weekday: "St Mary's Primary School", "Lincoln Elementary", "Scuola Dante Alighieri".
  {
    kind: 'school',
    pattern: /(?:\b(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:(?:Primary|Elementary|Junior|Infant|Middle|High|Nursery|Grammar|Montessori|Community)\s+)?(?:School|Academy|Elementary|Kindergarten|Preschool|Pre-school)\b|(?<![\p{L}])(?:[ÉEée]cole|Scuola|Escuela|Escola|Grundschule|Schule|Kita|Basisschool|Szkoła)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/gu,
    // "Dragon School" is part of a story; a school named after words the storyteller does not know is a real one.
    replacement: (school) => (school.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).filter((word) => !schoolWords.has(word.toLowerCase())).every((word) => knownWords.has(word.toLowerCase().replace(/['’]s$/, ''))) ? school : 'school ',
  },
  // Postcodes: a US state and ZIP ("IL 62704"), a British postcode ("LS1 4AB"), a Dutch one ("1012 AB").
  { kind: 'postcode', pattern: /\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4}\s?[A-Z]{2})\b/gu, replacement: '' },
  { kind: 'email address', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, replacement: '' },
  // Written out to slip past the pattern above: "sam [at] example [dot] com", "b e n @ gmail . com".
  { kind: 'email address', pattern: /(?:\b\p{L}\s){0,12}[\p{L}\p{N}._%+-]*\s*(?:@|[[(]at[\])])\s*(?:\p{L}\s?)+\s*(?:\.|[[(]dot[\])])\s*(?:\p{L}\s?){2,}/giu, replacement: '' },
  { kind: 'password', pattern: /\b(?:password|passcode|pin code|mot de passe|contrasena|contraseña|passwort|kennwort)\s*(?:is|est|es|ist|:|=)?\s*\S+|パスワード\S*/giu, replacement: '' },
  { kind: 'web address', pattern: /\b(?:https?:\/\/|www\.)\S+/gi, replacement: '' },
  // Seven or more digits, perhaps grouped with spaces, dots, dashes or brackets, perhaps with a leading +.
  { kind: 'phone number', pattern: /(?<![\p{Script=Latin}\p{N}])\+?\(?\d(?:[\s().-]*\d){6,}(?![\p{Script=Latin}\p{N}])/gu, replacement: '' },
  // Phone numbers spelled out, seven number words in a row.
  { kind: 'phone number', pattern: /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, replacement: '' },
  { kind: 'street address', pattern: /\b\d{1,5},?\s+(?:rue|avenue|boulevard|chemin|impasse|allee|allée|calle|avenida|plaza|paseo|carrer)\s+(?:(?!(?:and|et|y|und|e|who|qui|que|with|avec|con)\b)[\p{L}'-]+\s*){1,4}/giu, replacement: 'une maison douillette ' },
  { kind: 'street address', pattern: /[\p{L}-]+(?:straße|strasse|weg|gasse|platz|allee)\s+\d{1,4}[a-z]?\b/giu, replacement: 'ein gemütliches Haus' },
  {
    kind: 'street address',
    pattern: /\b\d{1,5}[a-z]?\s+(?:[A-Za-z'-]+\s+){0,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|close|crescent|terrace)\b\.?/gi,
    replacement: 'a cosy house',
  },
];

export interface PersonalDataScan {
  /** The text with each detail taken out (or replaced by a neutral phrase), spaces tidied. */
  cleaned: string;
  /** The kinds found, each once, in the order of the list above. */
  found: PersonalDataKind[];
}

const familyAndTitleWords = ['grandma', 'grandpa', 'granny', 'nana', 'nonna', 'nonno', 'mum', 'mom', 'mummy', 'mommy', 'dad', 'daddy', 'papa', 'mama', 'auntie', 'aunt', 'uncle', 'baby', 'sister', 'brother', 'cousin', 'miss', 'mister', 'mr', 'mrs', 'ms', 'doctor', 'captain', 'king', 'queen', 'lady', 'sir', 'saint', 'santa', 'father', 'mother', 'christmas', 'easter', 'halloween'];
const knownWords = new Set([
  ...Object.keys(heroWords), ...personWords, ...companionOnlyWords, ...heroTraits, ...Object.keys(placeWords), ...keepsakeWords, ...Object.keys(makeableWords),
  ...Object.keys(fearWords), ...Object.keys(troubleWords), ...Object.keys(feelingWords), ...Object.keys(timeWords), ...familyAndTitleWords,
]);
const schoolWords = new Set(['primary', 'elementary', 'junior', 'infant', 'middle', 'high', 'nursery', 'grammar', 'montessori', 'community', 'school', 'academy', 'kindergarten', 'preschool', 'pre-school']);
// Capitalised words in a row, the first two no word the storyteller knows: a first name and a surname ("Leo Marchetti"),
// or a first name, a middle name and a surname ("Emily Rose Hartley"), all after the first going together.
// A word written with a capital that is never a name ("The Three Little Pigs", "My Little Pony") starts none: the pair is
// read from the next word, with the article before it.
const namePair = /(?<![\p{L}])(?!(?:The|A|An|This|That|These|Those|My|Our|Your|His|Her|Their|Its|Some|Every|One|Once)\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)((?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)*)(?![\p{L}])/gu;

/**
 * Two capitalised everyday words that are no first name and surname: a thing named after "the" or "an" ("the Living Room",
 * "the evil Dust Bunnies"), or a name after a role people use every day ("Coach Mike": WordNet's tagged texts use "coach" as a
 * person, never "tommy"). Both must be common words in WordNet (not only a name it knows, like Leo), so "Leo Marchetti",
 * "Tommy Baker" and "Rose Smith" still lose their surname.
 */
function namesNoSurname(first: string, last: string, before: string): boolean {
  const common = (word: string) => sensesOf(word, 'noun', 2).some((sense) => !sense.instance) || sensesOf(word, 'adj', 1).length > 0 || sensesOf(word, 'verb', 1).length > 0;
  if (!common(first) || !common(last)) return false;
  const afterArticle = /\b(?:the|a|an)\s+(?:\p{L}+\s+)?$/iu.test(before);
  const [firstIs] = sensesOf(first, 'noun', 1);
  const role = firstIs !== undefined && !firstIs.instance && firstIs.lexicographerFile === 'noun.person' && taggedSenseCount(first, 'noun') > 0;
  return afterArticle || role;
}

/** A surname (and a middle name) after a first name goes; the first name stays, which is all a story needs. */
function removeSurnames(text: string): string {
  return text.replace(namePair, (pair, first: string, last: string, _more: string, offset: number) => {
    const [firstWord, lastWord] = [first.toLowerCase(), last.toLowerCase()];
    return knownWords.has(firstWord) || knownWords.has(lastWord) || namesNoSurname(firstWord, lastWord, text.slice(Math.max(0, offset - 30), offset)) ? pair : first;
  });
}

/** Finds and removes emails, web addresses, phone numbers, street addresses, dates (of birth) and surnames. */
export function removePersonalData(text: string): PersonalDataScan {
  const found: PersonalDataKind[] = [];
  let cleaned = text;
  for (const { kind, pattern, replacement } of patterns) {
    // One call for both kinds: the string replacements are literal (no $ patterns), so a function returning them is the same.
    const next = cleaned.replace(pattern, typeof replacement === 'string' ? () => replacement : replacement);
    if (next !== cleaned) found.push(kind);
    cleaned = next;
  }
  const withoutSurnames = removeSurnames(cleaned);
  if (withoutSurnames !== cleaned) found.push('surname');
  cleaned = withoutSurnames.replace(/\s+([,.!?])/g, '$1').replace(/\s{2,}/g, ' ').replace(/(?:\b(?:at|on|call|email|is)\s*)+([,.!?]|$)/gi, '$1').trim();
  return { cleaned, found };
}
