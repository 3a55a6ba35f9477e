/** A kind of personal detail that has no place in a story a server stores. */
export type PersonalDataKind = 'email address' | 'phone number' | 'street address' | 'web address' | 'password';

interface PersonalDataPattern {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** What stands in its place, so the sentence still reads. */
  replacement: string;
}

const patterns: PersonalDataPattern[] = [
  { kind: 'email address', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, replacement: '' },
  // Written out to slip past the pattern above: "sam [at] example [dot] com", "b e n @ gmail . com".
  { kind: 'email address', pattern: /(?:\b\p{L}\s){0,12}[\p{L}\p{N}._%+-]*\s*(?:@|[[(]at[\])])\s*(?:\p{L}\s?)+\s*(?:\.|[[(]dot[\])])\s*(?:\p{L}\s?){2,}/giu, replacement: '' },
  { kind: 'password', pattern: /\b(?:password|passcode|pin code|mot de passe|contrasena|contraseña|passwort|kennwort)\s*(?:is|est|es|ist|:|=)?\s*\S+|パスワード\S*/giu, replacement: '' },
  { kind: 'web address', pattern: /\b(?:https?:\/\/|www\.)\S+/gi, replacement: '' },
  // Seven or more digits, perhaps grouped with spaces, dots, dashes or brackets, perhaps with a leading +.
  { kind: 'phone number', pattern: /(?<![\p{Script=Latin}\p{N}])\+?\(?\d(?:[\s().-]*\d){6,}(?![\p{Script=Latin}\p{N}])/gu, replacement: '' },
  // Phone numbers spelled out, seven number words in a row.
  { kind: 'phone number', pattern: /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, replacement: '' },
  { kind: 'street address', pattern: /\b\d{1,5},?\s+(?:rue|avenue|boulevard|chemin|impasse|allee|allée|calle|avenida|plaza|paseo|carrer)\s+(?:[\p{L}'-]+\s*){1,4}/giu, replacement: 'une maison douillette ' },
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

/** Finds and removes emails, web addresses, phone numbers and street addresses. */
export function removePersonalData(text: string): PersonalDataScan {
  const found: PersonalDataKind[] = [];
  let cleaned = text;
  for (const { kind, pattern, replacement } of patterns) {
    const next = cleaned.replace(pattern, replacement);
    if (next !== cleaned) found.push(kind);
    cleaned = next;
  }
  cleaned = cleaned.replace(/\s+([,.!?])/g, '$1').replace(/\s{2,}/g, ' ').replace(/(?:\b(?:at|on|call|email|is)\s*)+([,.!?]|$)/gi, '$1').trim();
  return { cleaned, found };
}
