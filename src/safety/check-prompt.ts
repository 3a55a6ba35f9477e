import { findPromptInjection } from './find-prompt-injection.ts';
import { findDestructiveWish } from './find-destructive-wish.ts';
import { findGlossSigns } from './find-gloss-shapes.ts';
import { removePersonalData } from './find-personal-data.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';
import { respellIdea } from './read-misspellings.ts';
import { glossOnlyLanguages, readIdeaWithGlosses, type IdeaLanguageReading } from './read-idea-with-glosses.ts';
import { glossLanguages } from './gloss-idea.ts';
import { freedictLanguages } from './read-freedict.ts';
import type { JapaneseReadings } from './japanese-readings.ts';
import type { IdeaTranslations } from './idea-translations.ts';
import { readsWhole } from './read-translation.ts';
import { canTranslate } from './translate-idea.ts';
import { refusalHelp, suggestionsSentence, type RefusalHelp } from './refusal-help.ts';
import type { SafetyMatcher } from './safety-matcher.ts';
import { failingCategories, type SafetyMode } from './safety-policy.ts';
import { categoryTopic, type SafetyTopic } from './safety-topic.ts';
import { readWarningSigns } from './read-warning-signs.ts';
import { findSafetyLesson, lessonCovers, safetyLessons, type SafetyLessonId } from './find-safety-lesson.ts';
import type { IdeaReading } from './weigh-warning-signs.ts';
import type { CategoryScore } from '../providers/spec/index.ts';

// 5, not 4: the words weighed 4 ("shoot", "attack", "eaten", "kämpfen") refused 5 safe ideas of the studied sets alone
// ("a pirate ship with cannons that shoot confetti", "a dragon attacks the village, but … just has a toothache") and no
// unsafe one the topic rules, the warning signs and the meaning reader did not also refuse (6 let one unsafe through).
const strongWordSeverity = 5;

/** Prompt length limits, in characters after cleaning. */
export const promptLimits = { minLength: 3, maxLength: 400 } as const;

/** Why a prompt was refused; a client may branch on it. */
export type PromptRefusalKind = 'empty' | 'too-long' | 'injection' | 'unsafe' | 'unreadable' | 'warning-signs' | 'harmful-meaning';

export type PromptCheck =
  | {
      accepted: true;
      /** The prompt to write from: control characters and personal details taken out. */
      prompt: string;
      /** What was changed, one sentence each, to tell the parent. */
      notes: string[];
      /** The local layer's scores, for the moderation record. */
      categories: CategoryScore[];
      /** An idea in another language told in English word by word (child mode), for the checks that read English. */
      englishReading?: string;
      /** Each glossed word's English glosses, in the idea's order: the storyteller picks among them (see glossForStoryteller). */
      englishGlosses?: string[][];
      /** The English reading is Apertium's sentence, not a word-by-word gloss: the storyteller reads it as an English idea. */
      translated?: boolean;
      /** Beside Apertium's sentence, the word-by-word gloss the checks read before it (French, Spanish): the meaning check reads both. */
      glossReading?: string;
      /** Child mode: the idea asks for one of Kiln's own safety stories, told in Kiln's words with only the idea's hero (see find-safety-lesson.ts). */
      lesson?: SafetyLessonId;
    }
  | {
      accepted: false;
      kind: PromptRefusalKind;
      reason: string;
      categories: CategoryScore[];
      /** What the request was about, most serious first (empty for length refusals). */
      topics: SafetyTopic[];
      /** The first topic in plain words and two safe ideas close to the request. */
      help?: RefusalHelp;
    };

export interface PromptCheckOptions {
  matcher: SafetyMatcher;
  mode: SafetyMode;
  readIdea?: (prompt: string) => IdeaReading;
  japanese?: JapaneseReadings;
  /** Italian, Portuguese, Spanish and French ideas put in English by Apertium beforehand (see idea-translations.ts). */
  translations?: IdeaTranslations;
  /** The text is Apertium's English for an idea (this check calling itself): read as English, with no length limit. */
  translated?: boolean;
}

// C0/C1 controls except tab and newline, plus zero-width and bidirectional overrides that hide text.
const hiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Layer 1 of story safety, before anything is generated: length, hidden characters, attempts to steer
 * the writer, personal details, and what the request is about (topic rules over normalised text, and
 * weighted words at the grown-up thresholds; the stricter child thresholds are for the written story).
 */
export function checkPrompt(raw: string, options: PromptCheckOptions): PromptCheck {
  const notes: string[] = [];
  let prompt = cleanIdea(raw);
  if (withoutHiddenCharacters(raw) !== raw) notes.push('I took out some hidden control characters.');
  if (prompt.length < promptLimits.minLength) {
    return refuse('empty', 'Tell me what the story should be about, for example "a sleepy dragon who lost his blanket".');
  }
  // A translation may run longer than the idea it translates, which was within the limit.
  if (prompt.length > promptLimits.maxLength && !options.translated) {
    return refuse('too-long', `That idea is ${prompt.length} characters long; please keep it under ${promptLimits.maxLength}, a sentence or two is plenty.`);
  }
  const injection = findPromptInjection(normalizeForMatching(raw).text);
  if (injection) {
    const help = refusalHelp('prompt-injection', prompt);
    return { ...refuse('injection', `I can only write bedtime stories, and this request ${injection}. Please describe the story you would like instead. ${suggestionsSentence(help)}`), topics: ['prompt-injection'], help };
  }
  // The rules read the idea as written: German capitalises nouns, and a pair of them must not be hidden as a surname.
  const asWritten = prompt;
  const personal = removePersonalData(prompt);
  if (personal.found.length > 0) {
    notes.push(`I left out the ${personal.found.join(' and the ')}: stories do not need personal details.`);
    prompt = personal.cleaned;
    if (prompt.length < promptLimits.minLength) {
      return refuse('empty', 'Once the personal details are taken out there is no story idea left; tell me what the story should be about.');
    }
  }
  const language: IdeaLanguageReading = options.mode !== 'child' || options.translated ? { readable: true } : readIdeaWithGlosses(prompt, options.japanese, asWritten, options.translations);
  if (!language.readable) {
    const help = refusalHelp('frightening', prompt);
    // Italian, Portuguese, Dutch, Polish, Swedish: read word by word only when the dictionary knows every word.
    if (language.code !== undefined && glossOnlyLanguages.has(language.code) && glossLanguages().includes(language.code)) {
      const how = options.translations && canTranslate(language.code) ? 'through a machine translation (Apertium) and a dictionary, and this one has words neither knows' : 'only word by word from a dictionary, and this one has words it does not know';
      return refuse('unreadable', `I can read ${language.name} ideas ${how} or that may mean something harmful, so I can't make sure it is right for a bedtime story. Please say it in simpler words, or write it in English, French, Spanish, German or Japanese. ${suggestionsSentence(help)}`);
    }
    return refuse('unreadable', `I can only check ideas in English, French, Spanish, German or Japanese${readWordByWord()}, and this one reads as ${language.name}, so I can't make sure it is right for a bedtime story. Please write it in one of those. ${suggestionsSentence(help)}`);
  }
  // An idea Apertium translated is checked as an English idea would be, and then as itself, through its gloss.
  const translation = language.translation;
  if (translation) {
    const english = checkPrompt(translation.english, { ...options, translations: undefined, japanese: undefined, translated: true });
    // Accepted, the parent reads the English it was read as with what was used (describe-idea-usage.ts), not as a note here.
    if (!english.accepted) return english;
  }
  // An idea in another language is also read in English, word by word from a dictionary, by the same rules and signs.
  // Its list of every sense reads each word alone, with no sentence around it: a blade the idea's English sentences show
  // at kitchen work (the gloss's, and Apertium's where it read every word) is at kitchen work there too.
  const sentences = [language.gloss?.sentence, translation && readsWhole(translation) ? translation.english : undefined].filter((text): text is string => !!text);
  const glossed = language.gloss && options.matcher.bladesAtKitchenWork(sentences) ? options.matcher.withoutBlades(language.gloss.english) : language.gloss?.english;
  // An English idea is also read with its misspelt words put right ("bleech" is bleach), so a typo hides nothing.
  const respelled = glossed === undefined ? respellIdea(prompt) : undefined;
  const scan = options.matcher.scan([prompt, asWritten === prompt ? '' : asWritten, glossed, translation?.english, respelled].filter(Boolean).join('\n'), options.mode);
  // Weighted words refuse a prompt only when strong (5+, "massacre") and above the grown-up threshold; lone
  // gentle words ("naked" as a pig, "sword") are judged by the topic rules, and by the child thresholds in the written story.
  // The words' own scores: a topic rule raises its category to 6, and that rule's topic already names it (a grooming rule
  // is no "sexual" word, which would keep a stranger-danger lesson from covering it).
  const heavy = failingCategories(scan.wordCategories, 'standard').filter((score) => score.severity >= strongWordSeverity);
  // Child mode: a hero who sets out to burn or blow up a place, read by meaning (no word of it is on a list).
  const destructive = options.mode === 'child' ? [prompt, language.gloss?.sentence].flatMap((text) => (text ? findDestructiveWish(normalizeForMatching(text).text) ?? [] : []))[0] : undefined;
  const topics = [...new Set([...scan.topics.map((hit) => hit.topic), ...heavy.map((score) => categoryTopic[score.category]), ...(destructive ? ['dangerous-instructions' as const] : [])])];
  // Child mode: a safety story a parent asks for ("her body belongs to her", "finds a gun and tells a grown-up") is told from Kiln's own storyline.
  const lesson = options.mode === 'child' ? findSafetyLesson(prompt) ?? (translation ? findSafetyLesson(translation.english) : undefined) : undefined;
  if (lesson && topics.length > 0 && lessonCovers(lesson, topics)) return { accepted: true, prompt, notes, categories: scan.categories, ...asLesson(lesson, notes) };
  if (topics.length === 0) {
    // Child mode, by design rather than by list: an idea the storyteller cannot mostly place is refused when it shows warning signs.
    const gloss = language.gloss ? { sentence: language.gloss.sentence, signs: findGlossSigns(language.gloss.byWord) } : undefined;
    const signs = options.mode === 'child' && options.readIdea ? readWarningSigns(language.kana ?? asWritten, translation?.english ?? prompt, options.readIdea, gloss, (folded) => options.matcher.blankBenign(folded)) : [];
    if (signs.length === 0) return { accepted: true, prompt, notes, categories: scan.categories, ...englishReadingOf(language), ...asLesson(lesson, notes) };
    // A lesson is told in Kiln's words whatever the idea's other words are, so signs in them do not matter.
    if (lesson) return { accepted: true, prompt, notes, categories: scan.categories, ...asLesson(lesson, notes) };
    const help = refusalHelp('frightening', prompt);
    const seen = [...new Set(signs.flatMap((sign) => sign.words))].slice(0, 4).map((words) => `"${words}"`).join(', ');
    return {
      ...refuse('warning-signs', `I can't write this one: I could not read it as a bedtime story, and it shows signs of ${[...new Set(signs.map((sign) => sign.kind))].join(' and ')} (I read: ${seen}), so I won't guess at what it means. ${suggestionsSentence(help)}`),
      categories: scan.categories, topics: ['frightening'], help,
    };
  }
  const help = refusalHelp(topics[0], normalizeForMatching(prompt).text);
  const gentle = options.mode === 'child' ? 'Bedtime stories here stay gentle and safe' : 'Stories here stay within the safety rules';
  const found = [...new Set([...scan.topics.flatMap((hit) => hit.matched), ...(destructive ? [destructive] : []), ...heavy.flatMap((score) => score.reasons ?? [])])];
  return {
    accepted: false,
    kind: 'unsafe',
    reason: `${gentle}, so I can't write about ${help.topicLabel} (I read: ${found.slice(0, 3).map((words) => `"${words}"`).join(', ')}). ${suggestionsSentence(help)}`,
    categories: scan.categories,
    topics,
    help,
  };
}

/** What the storyteller and the meaning check read for an idea in another language: Apertium's whole sentence, else the gloss. */
export function englishReadingOf(language: IdeaLanguageReading): { englishReading?: string; englishGlosses?: string[][]; translated?: boolean; glossReading?: string } {
  if (language.translation && readsWhole(language.translation)) {
    // A gloss that was a reading before Apertium (a French or Spanish one, or one that knew every word) stays one:
    // a reading is added, never taken away. An Italian gloss with unknown words is word salad, read by nothing but the rules.
    const gloss = language.gloss && (language.gloss.foundShare === 1 || !glossOnlyLanguages.has(language.gloss.language)) ? language.gloss.sentence : undefined;
    return { englishReading: language.translation.english, translated: true, ...(gloss ? { glossReading: gloss } : {}) };
  }
  return language.gloss ? { englishReading: language.gloss.sentence, englishGlosses: language.gloss.byWord } : {};
}

/** The lesson field and the note that tells the parent the story is Kiln's own, with only the idea's hero. */
function asLesson(lesson: SafetyLessonId | undefined, notes: string[]): { lesson?: SafetyLessonId } {
  if (!lesson) return {};
  notes.push(`I told this as one of Kiln's own safety stories, "${safetyLessons[lesson].title}", in Kiln's own words: from your idea I used only who the story is about.`);
  return { lesson };
}

/** The idea with hidden characters taken out and its spaces made single: what the rules read as written. */
function cleanIdea(raw: string): string {
  return withoutHiddenCharacters(raw).replace(/\s+/g, ' ').trim();
}

// A zero-width joiner between two pictographs makes one emoji ("🏴‍☠️" is a pirate flag, not a flag and a skull and crossbones).
const joinsEmoji = (text: string, at: number) => /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?$/u.test(text.slice(0, at)) && /^\p{Extended_Pictographic}/u.test(text.slice(at + 1));

/** The text without hidden characters, except the joiners inside an emoji sequence, which hide no letters. */
function withoutHiddenCharacters(raw: string): string {
  return raw.replace(hiddenCharacters, (character, at: number) => (character === '\u200D' && joinsEmoji(raw, at) ? character : ''));
}

/** The texts checkPrompt reads for their language: the idea as written, and without its personal details. */
export function ideaTextsForLanguage(raw: string): string[] {
  const asWritten = cleanIdea(raw);
  return [...new Set([asWritten, removePersonalData(asWritten).cleaned])];
}

function refuse(kind: PromptRefusalKind, reason: string): Extract<PromptCheck, { accepted: false }> {
  return { accepted: false, kind, reason, categories: [], topics: [] };
}

/** The languages read word by word alone, as the unreadable refusal names them (" (Italian … in plain words)"), or nothing. */
function readWordByWord(): string {
  const names = glossLanguages().filter((code) => glossOnlyLanguages.has(code)).map((code) => freedictLanguages[code]);
  return names.length === 0 ? '' : ` (${names.join(', ')} in plain words)`;
}
