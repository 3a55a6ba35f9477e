import { createStorytellerModel } from '../../src/providers/builtin/storyteller/storyteller-model.ts';
import { ideaUsage } from '../../src/providers/builtin/storyteller/idea-usage.ts';
import { readStoryIdeaParts } from '../../src/pipelines/story/story-request-for.ts';
import { runStorySteps, type PromptCheckLayers } from '../../src/pipelines/story/testing/run-story-steps.ts';
import { createEchoTextModel, createPromptRecordingImageModel, standInRegistry, type ReceivedRequests } from '../../src/pipelines/story/testing/worst-case-models.ts';
import { sensesAsWritten, sensesOf, taggedSenseCount } from '../../src/safety/wordnet-lexicon.ts';
import { archetypes } from '../../src/providers/builtin/storyteller/choose-archetype.ts';
import { settingBeat, windDownBeat } from '../../src/providers/builtin/storyteller/story-world.ts';
import { safetyLessons } from '../../src/safety/find-safety-lesson.ts';

export type Backend = 'builtin' | 'worst-case';
const profile = { id: null, name: 'Mia', age: 5, interests: [], favouriteThings: [], readingLevel: 'auto' as const, language: 'en', preferredVoice: null };

/**
 * What the child would get, and every word any model was asked: the story text (which is also the narration),
 * picture prompts and alt texts. `promptCheck` 'rules-only' skips the reading by meaning (for the leak control).
 */
export async function storyFor(idea: string, backend: Backend, promptCheck: PromptCheckLayers = 'full') {
  const received: ReceivedRequests = { text: [], image: [] };
  const text = backend === 'builtin' ? createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' }) : createEchoTextModel(received);
  const providers = standInRegistry({ text, image: createPromptRecordingImageModel(received) });
  const outcome = await runStorySteps(idea, { providers, mode: 'child', profile, promptCheck });
  const story = [outcome.title ?? '', ...outcome.sceneTexts].join('\n').toLowerCase();
  const everything = [story, ...outcome.pictureBriefs, ...outcome.altTexts, ...received.text, ...received.image].join('\n').toLowerCase();
  return { refused: outcome.refused !== undefined, read: outcome.prompt, englishReading: outcome.englishReading, translated: outcome.translated, lesson: outcome.lesson, story, everything };
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

/**
 * The idea's own words that reached the output although the storyteller placed none of them: words it
 * did not understand (ideaUsage), at least four letters, and not among the words the backend writes on
 * its own (`ownWords`, gathered from neutral ideas). With the echoing stand-in every such word of an idea sent raw shows up here.
 */
export function leakedWords(idea: string, everything: string, ownWords: Set<string>, read = idea, englishReading?: string, translated = false): string[] {
  const output = wordsOf(everything);
  // The parts are those of the text the storyteller read (`read`: the idea as the check accepted it, personal details
  // out; for an idea in another language, its English gloss); read from the raw idea instead, a hero of the accepted
  // text ("a baby") counted as a word that leaked.
  const usage = ideaUsage(idea, readStoryIdeaParts(read, englishReading, undefined, translated));
  return [...usage.notUnderstood, ...usage.leftOut].filter((word) => word.length >= 4 && output.has(word) && !ownWords.has(word));
}

/**
 * leakedWords, less the words the backend writes on its own for this idea: a word counts only when it is gone
 * from the output once it is taken out of the idea. A storyteller's own words ("them", "never", "hungry", "light")
 * that the neutral ideas of ownWordsOf did not happen to bring out were counted as leaks before; a word of the
 * idea that really reaches a model (the echoing stand-in's request) leaves with it.
 */
export async function leakedWordsOf(idea: string, backend: Backend, ownWords: Set<string>): Promise<string[]> {
  const outcome = await storyFor(idea, backend);
  // A safety story is told from Kiln's own lesson and title ("if someone asks me to keep a secret …"): their words are
  // Kiln's, not the idea's, though the control (the idea without them) may no longer be read as that lesson.
  const lessonWords = outcome.lesson ? wordsOf(`${safetyLessons[outcome.lesson].title} ${safetyLessons[outcome.lesson].lesson}`) : new Set<string>();
  const candidates = leakedWords(idea, outcome.everything, ownWords, outcome.read, outcome.englishReading, outcome.translated).filter((word) => !lessonWords.has(word));
  if (candidates.length === 0) return [];
  const without = candidates.reduce((text, word) => text.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu'), ''), idea);
  // The control is a measurement, not a decision about the idea (which passed the whole check): with the words taken
  // out its meaning is no longer the idea's, and the reading by meaning refused some ("Story were the smart kid mixs
  // bleech ..." lost its misspellings and read as harm), which counted the storyteller's own "were" as a leak. So it
  // passes the rules alone, which also clean it as they cleaned the idea.
  const control = await storyFor(without, backend, 'rules-only');
  // Taken out, the idea may still be refused by the rules: then no word can be shown to be the backend's own.
  if (control.refused) return candidates;
  const controlWords = wordsOf(control.everything);
  return candidates.filter((word) => !controlWords.has(word));
}

const heroFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact', 'noun.plant', 'noun.object', 'noun.phenomenon', 'noun.food']);
// "Can" is the asking word in an idea ("can you write", "she can say no"), never a tin.
const notHeroes = new Set(['story', 'tale', 'bedtime', 'little', 'baby', 'tiny', 'kind', 'friendly', 'brave', 'sleepy', 'who', 'that', 'with', 'can']);
/** After "she" or "they" comes what they do ("she plays", "they bake"), not who they are. */
const pronouns = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** "My daughter is getting her vaccines…": the parent's own people are who the story is for, never its subject (the storyteller leaves them out by design). */
const parentsOwn = new Set(['my', 'our']);

/** Where an idea says what the story is to be about ("… A story about a little bear who …"): its subject is read from there. */
const storyAbout = /\b(?:story|tale|something|one) (?:about|where|of|in which|with)\b/;

/**
 * The idea's subject: its first word whose commonest meaning in WordNet is a creature, a person or a thing, not the parent's
 * own ("my son"), read from where the idea says what the story is about when it does ("Mum and Dad live in two houses now. A
 * story about a little bear": the bear). A word WordNet knows more as a doing or a describing word is no subject ("teaches",
 * "still", "have", "wobbly", "favourite"), nor is the first part of a hyphened word ("gun-shy", "big-sister elephant").
 */
export function heroWordOf(idea: string): string | undefined {
  const lower = idea.toLowerCase();
  const about = storyAbout.exec(lower);
  return subjectIn(about ? lower.slice(about.index + about[0].length) : lower) ?? (about ? subjectIn(lower) : undefined);
}

const pointingWords = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'some', 'every', 'two', 'three']);
/** A word WordNet knows more as describing than as anything else ("little", "brave"; never "there" or "i"). */
const describing = (word: string) => { const adjectives = sensesOf(word, 'adj').length; return adjectives > sensesOf(word, 'noun').length && adjectives > sensesOf(word, 'verb').length; };

function subjectIn(text: string): string | undefined {
  const words = [...text.matchAll(/[\p{L}']+(-?)/gu)].map((match) => ({ word: match[0].replace(/-$/, ''), hyphened: match[1] === '-' }));
  return words.find(({ word, hyphened }, at) => {
    const previous = words[at - 1]?.word ?? '';
    if (hyphened || word.includes("'") || word.length <= 2 || notHeroes.has(word) || pronouns.has(previous)) return false;
    const next = words[at + 1]?.word ?? '';
    const nouns = sensesOf(word, 'noun').length;
    // Describing meanings of the word as written ("stranger" is no "strange").
    const adjectives = sensesAsWritten(word, 'adj').length;
    // A noun after "a" or a describing word ("a little bear"); a word WordNet knows as much as a doing or a describing word
    // is one elsewhere ("who teaches", "still wets"), and a describing word before a noun only says which ("their favourite memories").
    const saidAsNoun = pointingWords.has(previous) || describing(previous);
    if (!saidAsNoun && Math.max(sensesOf(word, 'verb').length, adjectives) >= nouns) return false;
    if (adjectives > 0 && !pointingWords.has(next) && taggedSenseCount(next, 'noun') > 0 && sensesOf(next, 'noun', 1).some((sense) => !sense.instance)) return false;
    const file = sensesOf(word, 'noun', 1)[0]?.lexicographerFile ?? '';
    // "Our goldfish Bubbles died": the family's pet may be the story's subject; only its people are left out.
    return !(parentsOwn.has(previous) && file === 'noun.person') && heroFiles.has(file);
  })?.word;
}

/** Whether the story names the subject (singular or plural). */
export function namesHero(story: string, hero: string): boolean {
  const words = wordsOf(story);
  // "pirates" is a pirate and "fairies" a fairy: every singular the plural could be, not only the shortest ("pirat").
  const singulars = [hero, hero.replace(/s$/, ''), hero.replace(/es$/, ''), hero.replace(/ies$/, 'y')];
  return singulars.some((singular) => words.has(singular) || words.has(`${singular}s`) || words.has(`${singular}es`));
}

/**
 * The words a backend writes by itself, so they are not counted as the idea's: from a few neutral ideas, and for the
 * built-in storyteller every word of its own sentences (each plot's beats, titles, the opening and the wind-down), which
 * those ideas happen not to bring out ("let us see what the day brings" counted a harmful idea's "brings" as leaked).
 */
export async function ownWordsOf(backend: Backend): Promise<Set<string>> {
  const own = new Set<string>();
  if (backend === 'builtin') {
    const beats = [settingBeat, windDownBeat, ...archetypes.flatMap((archetype) => [archetype.problem, ...archetype.journey, archetype.resolution])];
    const sentences = [...beats.flatMap((beat) => [...beat.slots.flat(), beat.brief]), ...archetypes.flatMap((archetype) => archetype.titles)];
    // Placeholders ({Name}, {plain|rich}) are no words the storyteller writes; the words either side of a "|" are.
    for (const sentence of sentences) for (const word of wordsOf(sentence.replace(/\{(\w+)\}/g, ' ').replace(/[{}|[\]]/g, ' '))) own.add(word);
  }
  for (const idea of ['a fox who helps a friend', 'a sleepy dragon who wants to go to the moon', 'a bunny who lost her scarf', 'a girl who is afraid of the dark', 'a bear who builds a boat']) {
    for (const word of wordsOf((await storyFor(idea, backend)).everything)) own.add(word);
  }
  return own;
}
