import { findTerms, termTable, tokenize } from './find-terms.ts';
import type { SubjectMention } from './read-subject-mentions.ts';
import { colourWords } from './scene-vocabulary.ts';
import { commonNounSenses } from './common-noun-senses.ts';

const colourTable = termTable(colourWords);
/** What a character can be when no shape fits: a made thing, a natural object or stuff, a plant, food, weather (never a place, an idea or a time). */
const concreteFiles = new Set(['noun.artifact', 'noun.object', 'noun.phenomenon', 'noun.substance', 'noun.plant', 'noun.food']);
/** "Sprout: a small grey crayon with …": a character card line, as the story pipeline writes it (illustrate-step's picturePrompt). */
const cardLine = /(?:^|[.;]\s*)\p{Lu}[\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)?: an? ([^.;,]*?)(?= with\b| wearing\b|[.;,]|$)/gu;

/** A card line's name and what follows it: "Fig: a small golden polar bear", "Mittens the cub: a small white cub". */
const cardName = /(?:^|[.;]\s*)(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)(?: the [\p{L} ]+?)?: ([^;.]*)/gu;

/**
 * The words of the card's names ("fig", "maple", "button"): a name is never drawn as the thing it also
 * means (Fig the polar bear as a fig tree), unless the character is one ("Dragon: a red dragon").
 */
export function cardNameWords(prompt: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, looks] of prompt.matchAll(cardName)) {
    const described = new Set(tokenize(looks));
    for (const word of tokenize(name)) if (!described.has(word)) names.add(word);
  }
  return names;
}

/** The kind a character's looks name: the last word before what it has or wears ("a small grey volcano with little round cheeks" → volcano). */
export function kindOfLooks(looks: string): string | undefined {
  return tokenize(/^(.*?)(?= with\b| wearing\b|,|$)/u.exec(looks)?.[1] ?? '').at(-1);
}

/**
 * The kinds the card's characters are ("volcano" for "Pip: a small grey volcano"): in a prompt with that card the word
 * names the character, never the place it is in (a volcano hero resting in a meadow is drawn in the meadow).
 */
export function cardKindWords(prompt: string): Set<string> {
  return new Set([...prompt.matchAll(cardName)].flatMap(([, , looks]) => kindOfLooks(looks) ?? []));
}

/**
 * The characters a prompt's card declares whose noun no drawn subject has ("Sprout: a small grey
 * crayon with …" when the pictures have no crayon): each comes back as a stand-in figure in the card's
 * colour under its own noun, so the hero of the story is in every picture. The storyteller reports
 * such heroes as not drawable (idea-usage), since a stand-in is no crayon.
 */
export function readCardStandIns(prompt: string, drawnNouns: ReadonlySet<string>): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const [, phrase] of prompt.matchAll(cardLine)) {
    const words = tokenize(phrase);
    const noun = words.at(-1);
    if (noun === undefined || drawnNouns.has(noun) || found.some((mention) => mention.noun === noun)) continue;
    // A closed compound WordNet does not list is its last word ("nightlight" a light, "mooncake" a cake): on a card, a noun.
    if (!commonNounSenses(noun, 2, { compound: true }).some((sense) => concreteFiles.has(sense.lexicographerFile))) continue;
    const colour = findTerms(words.slice(0, -1), colourTable).at(-1)?.value;
    found.push({ kind: 'stand-in', noun, count: 1, ...(colour ? { colour } : {}) });
  }
  return found;
}
