import { findTerms, locativeReach, saysWhen, termTable, tokenize } from './find-terms.ts';
import { placeSubjects, type SubjectDraft } from './place-subjects.ts';
import { cardKindWords, cardNameWords, readCardStandIns } from './read-card-stand-ins.ts';
import { readSubjectMentions, type SubjectMention } from './read-subject-mentions.ts';
import { defaultPalette, defaultPose, defaultSetting, defaultSubject, defaultTime, defaultWeather, weightedPick } from './scene-defaults.ts';
import { paletteNames, type Composition, type PaletteName, type SceneDescription, type SceneSetting } from './scene-description.ts';
import { energyWords, framingWords, paletteWords, placementWords, settingWords, subjectWords, timeWords, weatherWords } from './scene-vocabulary.ts';
import { createSeededRandom, hashText, type SeededRandom } from '../../engine/seeded-random.ts';
import { subjectTraits } from './subject-traits.ts';
import { isNounOfClass, sensesOf } from '../../safety/wordnet-lexicon.ts';

export interface DeriveSceneOptions {
  /** The same prompt and seed always give the same scene; 0 when absent. */
  seed?: number;
  /** Energy from 0 (calm) to 1 (energetic), e.g. the music video's intensity at this moment; beats the prompt's words. */
  mood?: number;
  /** A palette name or palette word ("neon", "cosy"); beats the prompt's words. Unknown words are ignored. */
  palette?: string;
  /** Width over height of the picture to be drawn, so subjects are spaced for it; 16:9 when absent. */
  aspectRatio?: number;
  /**
   * How many of the user's character pictures lead the scene. They take the first places (large),
   * the prompt's subjects stand beside them, and no default subject is added.
   */
  characters?: number;
}

const settingTable = Object.entries(settingWords).flatMap(([setting, words]) => [
  ...words.strong.map((phrase): [string, { setting: SceneSetting; weight: number }] => [phrase, { setting: setting as SceneSetting, weight: 3 }]),
  ...words.weak.map((phrase): [string, { setting: SceneSetting; weight: number }] => [phrase, { setting: setting as SceneSetting, weight: 1 }]),
]);

/** Words that put someone somewhere: "at the old bridge", "near a sunny hill", "into the sea". */
const locatives = new Set(['in', 'at', 'to', 'from', 'near', 'by', 'on', 'into', 'onto', 'across', 'through', 'under', 'beside', 'over', 'along', 'around', 'inside', 'reached']);

const subjectTable = termTable(subjectWords);
const weatherTable = termTable(weatherWords);
const timeTable = termTable(timeWords);
const paletteTable = termTable(paletteWords);
const placementTable = termTable(placementWords);
const framingTable = termTable(framingWords);
const calmTable = energyWords.calm.map((word): [string, true] => [word, true]);
const livelyTable = energyWords.energetic.map((word): [string, true] => [word, true]);

/**
 * Reads a scene from a prompt by matching words and their synonyms; whatever the prompt leaves open
 * is chosen from likely options by a generator seeded with the prompt and seed, so every prompt gives
 * a full scene and the same prompt and seed give the same one.
 */
export function deriveScene(prompt: string, options: DeriveSceneOptions = {}): SceneDescription {
  const tokens = tokenize(prompt);
  const random = createSeededRandom(hashText(tokens.join(' ')) ^ Math.imul(Math.trunc(options.seed ?? 0), 0x9e3779b1));
  // A place the words put someone in outweighs a place a character's name only hints at: "a queen at the old bridge"
  // is drawn by the river, not in a castle; "a mermaid near the town" is not underwater.
  // A place word the card makes a character's kind ("Pip: a small grey volcano") names that character, not where it is.
  const characterKinds = cardKindWords(prompt);
  // Nor is a character's name a place ("Princess: a girl with …" lives by the meadow, not in a castle; a "River" is no river).
  const names = cardNameWords(prompt);
  const namedSettings = findTerms(tokens, settingTable).filter((match) => !(match.end - match.start === 1 && (characterKinds.has(tokens[match.start]) || names.has(tokens[match.start]))));
  const subjectStarts = new Set(findTerms(tokens, subjectTable).map((match) => match.start));
  const settingMatches = namedSettings.map((match) => {
    // "a polar bear", "a sea turtle": a place word naming a creature's kind is no more than a hint where it is.
    // So is one naming the card's kind of character ("Sprout: a garden gnome" rests at the riverbank, not in a garden).
    if (subjectStarts.has(match.end) || characterKinds.has(tokens[match.end] ?? '') || namesVehicle(tokens, match)) return { ...match, value: { ...match.value, weight: 1 } };
    // The locative is this place's own: in "at home, Pip the mermaid" the "at" goes with home, not with the mermaid.
    const locativeAt = tokens.slice(0, match.start).findLastIndex((token, at) => locatives.has(token) && !saysWhen(tokens, at));
    const located = locativeAt >= 0 && locativeAt >= match.start - locativeReach(tokens, match.start) && !namedSettings.some((other) => other.start > locativeAt && other.start < match.start);
    return located ? { ...match, value: { ...match.value, weight: match.value.weight + 3 } } : match;
  });
  const strongTokens = new Set(namedSettings.filter((match) => match.value.weight === 3).flatMap((match) => range(match.start, match.end)));
  const read = readSubjectMentions(tokens, new Set([...strongTokens, ...tokens.flatMap((token, index) => (names.has(token) ? [index] : []))]));
  // A character the card declares but no shape fits is drawn as a stand-in, the hero first as the card lists it.
  const standIns = readCardStandIns(prompt, new Set(read.flatMap((mention) => [mention.noun, ...tokenize(mention.noun)])));
  const mentions = [...standIns, ...read];

  const energy = readEnergy(prompt, tokens, options.mood, mentions, random.fork('energy'));
  let weather = first(findTerms(tokens, weatherTable));
  let time = first(findTerms(tokens, timeTable));
  if (weather === 'stars' || weather === 'aurora') {
    // Stars need a dark sky: a starry prompt is a night one, unless it asked for daylight.
    if (time === undefined) time = 'night';
    else if (time === 'day' || time === 'dawn') weather = 'clear';
  }
  // A moon in the picture makes it night unless the prompt said otherwise; so does neon, which needs the dark to glow.
  const promptPalette = readPalette(options.palette) ?? first(findTerms(tokens, paletteTable));
  if (time === undefined && (mentions.some((mention) => mention.kind === 'moon') || promptPalette === 'neon')) time = 'night';
  const setting = strongestSetting(settingMatches) ?? defaultSetting(mentions[0]?.kind, weather, random.fork('setting'));
  time ??= defaultTime(setting, energy, random.fork('time'));
  weather ??= defaultWeather(setting, time, random.fork('weather'));
  const palette = promptPalette ?? defaultPalette(setting, time, energy, random.fork('palette'));

  // A white animal vanishes into snow: in snowy scenes the unnamed colours leave white out.
  const snowy = weather === 'snow' || setting === 'snowy-village';
  const characters = Math.min(6, Math.max(0, Math.trunc(options.characters ?? 0)));
  const drafts = toDrafts(mentions, setting, energy, snowy, random.fork('subjects'), characters, Math.trunc(options.seed ?? 0));
  const composition = readComposition(tokens, drafts.length, random.fork('composition'));
  const subjects = placeSubjects(drafts, { setting, composition, aspectRatio: options.aspectRatio ?? 16 / 9, random: random.fork('placement') });
  return { setting, timeOfDay: time, weather, palette, energy, composition, subjects, variation: random.integer(0, 2 ** 31 - 1) };
}

/** "a school bus": a place word that names a vehicle's kind with the next word says nothing of where the bus is. */
function namesVehicle(tokens: readonly string[], match: { start: number; end: number }): boolean {
  const next = tokens[match.end];
  if (next === undefined) return false;
  const [sense] = sensesOf(`${tokens.slice(match.start, match.end).join(' ')} ${next}`, 'noun', 1);
  return sense !== undefined && isNounOfClass(sense, 'conveyance');
}

function first<T>(matches: Array<{ value: T }>): T | undefined {
  return matches[0]?.value;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/** Strong words count three times a weak one; on a tie, the first named wins. */
function strongestSetting(matches: Array<{ value: { setting: SceneSetting; weight: number } }>): SceneSetting | undefined {
  const scores = new Map<SceneSetting, number>();
  for (const { value } of matches) scores.set(value.setting, (scores.get(value.setting) ?? 0) + value.weight);
  let best: SceneSetting | undefined;
  for (const [setting, score] of scores) if (best === undefined || score > scores.get(best)!) best = setting;
  return best;
}

/** A hint beats a number in the prompt ("energy 0.8", "intensity: 90%"), which beats calm or lively words. */
function readEnergy(prompt: string, tokens: string[], hint: number | undefined, mentions: SubjectMention[], random: SeededRandom): number {
  if (hint !== undefined && Number.isFinite(hint)) return clampUnit(hint);
  const written = /\b(?:energy|mood|intensity)\s*[:=]?\s*(\d+(?:\.\d+)?)\s*(%?)/i.exec(prompt);
  if (written) {
    const value = Number(written[1]);
    return clampUnit(written[2] === '%' || value > 1 ? value / 100 : value);
  }
  const calm = findTerms(tokens, calmTable).length;
  const lively = findTerms(tokens, livelyTable).length;
  if (lively > calm) return round(random.between(0.8, 0.95));
  if (calm > lively) return round(random.between(0.1, 0.25));
  if (mentions.some((mention) => mention.pose === 'sleeping')) return round(random.between(0.12, 0.25));
  return round(random.between(0.35, 0.65));
}

function readPalette(hint: string | undefined): PaletteName | undefined {
  if (hint === undefined) return undefined;
  const name = hint.trim().toLowerCase();
  if ((paletteNames as readonly string[]).includes(name)) return name as PaletteName;
  return first(findTerms(tokenize(hint), paletteTable));
}

/**
 * Expands plurals into several subjects (at most six in all) and fills in what the prompt left unsaid.
 * A noun whose colour the words leave open takes it from the seed, the noun and which of several it is, so a
 * story's pictures (one seed, many prompts) show the same book, kite or coat in every scene.
 */
function toDrafts(mentions: SubjectMention[], setting: SceneSetting, energy: number, snowy: boolean, random: SeededRandom, characters: number, seed: number): SubjectDraft[] {
  const named = mentions.length > 0 || characters > 0 ? mentions : [{ kind: defaultSubject(setting, random), count: random.chance(0.3) ? 2 : 1 } as SubjectMention];
  // A character picture takes a place shaped like a standing figure; its drawing is the picture itself.
  const drafts: SubjectDraft[] = Array.from({ length: characters }, (_, picture) => ({
    kind: 'child', noun: 'character', colour: 'grey', size: 'large', pose: 'standing', expression: 'happy', picture,
  }));
  for (const mention of named) {
    const count = mention.count === 0 ? random.integer(2, 3) : mention.count;
    for (let copy = 0; copy < count && drafts.length < 6; copy += 1) {
      const typical = subjectTraits[mention.kind].colours;
      const colours = snowy && typical.some((colour) => colour !== 'white') ? typical.filter((colour) => colour !== 'white') : typical;
      const pose = mention.pose ?? defaultPose(mention.kind, setting, energy);
      // A colour is drawn and set aside, so the rest of the scene's choices stay as they were.
      void (copy === 0 && random.chance(0.5) ? colours[0] : random.pick(colours));
      // Each of several keeps its colour too: the same three boats, red, white and blue, in every picture.
      const steadyColour = steadyColourOf(copy === 0 ? mention.noun ?? mention.kind : `${mention.noun ?? mention.kind} ${copy}`, colours, seed);
      drafts.push({
        kind: mention.kind,
        noun: mention.noun ?? mention.kind,
        colour: mention.colour ?? steadyColour,
        size: mention.size ?? 'medium',
        pose,
        expression: mention.expression ?? (pose === 'sleeping' ? 'sleepy' : energy > 0.7 ? 'excited' : 'happy'),
      });
    }
  }
  return drafts;
}

/** The first of a kind takes its most typical colour more often than not, the same one for a noun and seed. */
function steadyColourOf<T>(noun: string, colours: readonly T[], seed: number): T {
  const random = createSeededRandom(hashText(noun) ^ Math.imul(seed, 0x9e3779b1));
  return random.chance(0.5) ? colours[0] : random.pick(colours);
}

function readComposition(tokens: string[], subjectCount: number, random: SeededRandom): Composition {
  const placement = first(findTerms(tokens, placementTable)) ?? weightedPick(random, [['left', 0.4], ['right', 0.4], ['centre', 0.2]]);
  const framing =
    first(findTerms(tokens, framingTable)) ??
    (subjectCount > 3 ? 'wide' : subjectCount > 1 ? weightedPick(random, [['medium', 0.6], ['wide', 0.4]]) : weightedPick(random, [['close-up', 0.25], ['medium', 0.55], ['wide', 0.2]]));
  return { placement, framing };
}

function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
