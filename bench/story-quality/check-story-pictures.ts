/**
 * What the story-quality bench checks of each picture, read from the scene description the built-in
 * illustrator drew from (never from the brief alone): does it show the hero, does it contradict its
 * scene's text (a setting or time of day the text does not say, a thing the text does not name), and
 * does the character card hold (the same colours for the same character in every picture).
 */
import { findTerms, termTable, tokenize } from '../../src/media/illustrator/find-terms.ts';
import type { SceneDescription, SceneSetting } from '../../src/media/illustrator/scene-description.ts';
import { settingWords, subjectWords } from '../../src/media/illustrator/scene-vocabulary.ts';
import { endsCharacterName, isLocatedPhrase } from '../../src/providers/builtin/storyteller/plan-story.ts';

const kindTable = termTable(subjectWords);
const settingTable = termTable(Object.fromEntries(Object.entries(settingWords).map(([setting, words]) => [setting, [...words.strong, ...words.weak]])));
/** Places nobody is drawn in unless the text says so: the child and owl standing underwater. */
const placesThatNeedWords = new Set<SceneSetting>(['underwater', 'space', 'moon-surface', 'sky', 'ocean', 'castle', 'stage', 'volcano', 'temple', 'cave', 'arctic', 'fairground']);
const timeOfPicture = { dawn: 'morning', day: 'day', sunset: 'evening', dusk: 'evening', night: 'night' } as const;

const locatives = new Set(['in', 'at', 'to', 'near', 'by', 'on', 'into', 'onto', 'across', 'through', 'under', 'beside', 'over', 'from', 'towards', 'reached', 'along', 'around', 'inside']);
const times: Array<[RegExp, string]> = [[/\b(morning|sunrise|dawn)\b/i, 'morning'], [/\b(afternoon|noon|midday)\b/i, 'day'], [/\b(evening|sunset|dusk)\b/i, 'evening'], [/\b(night|moonlight|bedtime|midnight)\b/i, 'night']];

/**
 * The settings a text puts someone in: a place word a few words after "in", "at", "near", ... ("loved space" puts nobody
 * in space), the part of a place and its "of" not counted ("at the edge of the meadow"), "at last" no locative. `names`:
 * the characters' names, lower case ("came back to Dot the cloud" puts nobody in the sky).
 */
export function placesNamed(text: string, names: ReadonlySet<string> = new Set()): Set<SceneSetting> {
  // Sentence by sentence, as the storyteller reads it: "… pushed them along. Mia talked about space" puts nobody in space.
  if (/[.!?]/.test(text)) return new Set(text.split(/[.!?]+/).flatMap((sentence) => [...placesNamed(sentence, names)]));
  const tokens = tokenize(text);
  return new Set(findTerms(tokens, settingTable)
    .filter((match) => isLocatedPhrase(tokens, match, locatives) && !endsCharacterName(tokens, match.start, names))
    .map((match) => match.value as SceneSetting));
}

/** The settings the illustrator draws a place word as ("beach" → beach, "pond" → river or meadow as its vocabulary says). */
export function settingsOf(place: string): Set<SceneSetting> {
  return new Set(findTerms(tokenize(place), settingTable).map((match) => match.value as SceneSetting));
}

/** The time of day a text says first, in words that name one ("a sunny hill" says no time). */
function timeSaid(text: string): string | undefined {
  const found = times.map(([pattern, time]) => ({ at: pattern.exec(text)?.index ?? Infinity, time })).sort((first, second) => first.at - second.at)[0];
  return found.at === Infinity ? undefined : found.time;
}

/** The singular forms a word may have: "stripes" → stripes, stripe, strip; "berries" → berry. */
function singulars(word: string): string[] {
  return [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
}

/** Whether the text says the word, singular or plural ("stripe" says "stripes"). */
export function hasWord(text: string, word: string): boolean {
  // "fire engine", "aye-aye": a name of two words is said when its words come together.
  if (/[\s-]/.test(word)) return ` ${tokenize(text).join(' ')} `.includes(` ${tokenize(word).join(' ')}`);
  const wanted = new Set(singulars(word.toLowerCase()));
  return tokenize(text).some((token) => singulars(token).some((form) => wanted.has(form)));
}

/** The kinds a text names, through the illustrator's own synonyms ("kitten" is a cat). */
export function kindsIn(text: string): Set<string> {
  return new Set(findTerms(tokenize(text), kindTable).map((match) => match.value as string));
}

/** A picture shows the hero when a subject is drawn as the hero's kind or under the hero's own word. */
export function showsHero(scene: SceneDescription, hero: string): boolean {
  return scene.subjects.some((subject) => subject.kind === hero || hasWord(subject.noun, hero));
}

/** Ways a picture contradicts its scene's text; empty when it follows it. */
export function contradictions(scene: SceneDescription, text: string, cardText: string, names: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const named = placesNamed(text, names);
  if (named.size > 0 && !named.has(scene.setting)) found.push(`setting ${scene.setting} where the text says ${[...named].join('/')}`);
  if (named.size === 0 && placesThatNeedWords.has(scene.setting)) found.push(`setting ${scene.setting} the text never names`);
  const saidTime = timeSaid(text);
  if (saidTime && saidTime !== timeOfPicture[scene.timeOfDay]) found.push(`${scene.timeOfDay} where the text says ${saidTime}`);
  const textKinds = kindsIn(`${text} ${cardText}`);
  for (const subject of scene.subjects) {
    if (!textKinds.has(subject.kind) && !hasWord(`${text} ${cardText}`, subject.noun)) found.push(`a ${subject.noun} the text never names`);
  }
  return found;
}

/**
 * Characters (by their drawn noun, and which of several of that noun in the picture) whose colour is not the same in
 * every picture that shows them: three boats, red, white and blue, are three boats, each to keep its own colour.
 */
export function changingColours(scenes: SceneDescription[]): string[] {
  const colours = new Map<string, Set<string>>();
  for (const scene of scenes) {
    const seen = new Map<string, number>();
    for (const subject of scene.subjects) {
      const noun = `${subject.kind}:${subject.noun}`;
      const which = seen.get(noun) ?? 0;
      seen.set(noun, which + 1);
      const key = `${noun}:${which}`;
      colours.set(key, (colours.get(key) ?? new Set()).add(subject.colour));
    }
  }
  return [...colours].filter(([, seen]) => seen.size > 1).map(([key, seen]) => `${key.split(':')[1]} ${[...seen].join('/')}`);
}
