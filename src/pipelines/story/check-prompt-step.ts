import { z } from 'zod';
import { AllProvidersFailedError, UnsafeContentError } from '../../engine/errors/index.ts';
import { defineStep, type PassedOver, type StepContext } from '../../engine/step.ts';
import { checkPrompt, ideaTextsForLanguage, type PromptCheck } from '../../safety/check-prompt.ts';
import { ideaMarksGroup } from '../../safety/idea-marks-group.ts';
import { readIdeaMeaning } from '../../safety/idea-meaning/read-idea-meaning.ts';
import { ideaMeaningTexts } from '../../safety/idea-meaning/idea-meaning-texts.ts';
import { isMostlyEnglish } from '../../safety/read-idea-language.ts';
import { lessonCovers, safetyLessonIds } from '../../safety/find-safety-lesson.ts';
import { normalizeForMatching } from '../../safety/normalize-for-matching.ts';
import { refusalHelp, suggestionsSentence } from '../../safety/refusal-help.ts';
import type { SafetyTopic } from '../../safety/safety-topic.ts';
import { mayReadAsJapanese } from '../../safety/read-idea-with-glosses.ts';
import { readJapaneseIdeas } from '../../safety/japanese-idea-thread.ts';
import { translateIdeas, type IdeaTranslations } from '../../safety/idea-translations.ts';
import type { JapaneseReadings } from '../../safety/japanese-readings.ts';
import { askIdeaFitness, ideaFitnessRecordSchema } from './ask-idea-fitness.ts';
import { backendTypeOf, isBuiltinCandidate } from './builtin-text-only.ts';
import { ideaFitnessRefusal } from './idea-fitness-refusal.ts';
import { guardrailMatcher } from './guardrail-matcher.ts';
import { glossForStoryteller } from '../../providers/builtin/storyteller/read-glossed-idea-parts.ts';
import { readIdeaForSafety } from './read-idea-for-safety.ts';
import { optionalService, requiredService } from '../../runtime/step-services.ts';

/**
 * Refuses a prompt with the kind reason (which names the topic and two safe ideas, also in the error's
 * details for clients), or answers it cleaned with notes for the parent.
 */
export async function checkStoryPrompt(prompt: string, mode: 'child' | 'standard', termsFile?: string) {
  const result = await checkStoryPromptByRules(prompt, mode, termsFile);
  if (!result.accepted) throw refusal(result);
  const texts = mode === 'child' ? ideaMeaningTexts(result.prompt, result.englishReading, result.glossReading) : [];
  if (texts.length > 0) {
    // Layer 1a, by meaning: the idea (and its English gloss) read by the sentence encoder, which catches harm
    // phrased in words no rule lists ("climbs into her bed", "delete our messages").
    // An English idea that marks a group of people is also read by the studied ideas about groups nearest it.
    const meaning = await readIdeaMeaning(texts, isMostlyEnglish(result.prompt) && ideaMarksGroup(result.prompt));
    // A safety story is told in Kiln's words: its idea may read close to harm of the lesson's own topic, never of another.
    if (meaning.harmful && !(result.lesson && lessonCovers(result.lesson, [meaning.topic]))) throw refusal(meaningRefusal(result.prompt, meaning.topic));
  }
  return result;
}

/**
 * The rules alone (no sentence encoder): what the safety bench and the encoder's training compare against.
 * `termsFile` is the operator's (the config's `safety.termsFile`); without one the built-in terms alone.
 */
export async function checkStoryPromptByRules(prompt: string, mode: 'child' | 'standard', termsFile?: string, readers?: IdeaLanguageReaders) {
  const { japanese, translations } = mode === 'child' ? readers ?? await readIdeaLanguages(prompt) : {};
  return checkPrompt(prompt, { matcher: await guardrailMatcher(termsFile), mode, readIdea: readIdeaForSafety, japanese, translations });
}

/** What the child-mode check reads of an idea in another language beforehand (its own check is synchronous). */
export interface IdeaLanguageReaders {
  japanese?: JapaneseReadings;
  translations: IdeaTranslations;
}

/**
 * An idea's Japanese readings and Apertium's English, for the check; the safety bench's training scripts read them once
 * for both the check and the readings they fit on.
 */
export async function readIdeaLanguages(prompt: string): Promise<IdeaLanguageReaders> {
  const texts = ideaTextsForLanguage(prompt);
  // Read on the Japanese reader's thread (loaded on the first idea that may be Japanese, a few seconds once, off the
  // event loop); a dictionary that fails to load leaves the term lists.
  const japanese = await readJapaneseIdeas(texts.filter(mayReadAsJapanese)).catch(() => undefined);
  // Italian, Portuguese, Spanish and French are put in English by Apertium, a program of its own; without it they are read word by word.
  return { japanese, translations: await translateIdeas(texts) };
}

function refusal(result: Extract<PromptCheck, { accepted: false }>): UnsafeContentError {
  return new UnsafeContentError(result.reason, {
    details: { kind: result.kind, categories: result.categories, topics: result.topics, topic: result.help?.topic, topicLabel: result.help?.topicLabel, suggestions: result.help?.suggestions },
  });
}

function meaningRefusal(prompt: string, topic: SafetyTopic): Extract<PromptCheck, { accepted: false }> {
  const help = refusalHelp(topic, normalizeForMatching(prompt).text);
  return {
    accepted: false, kind: 'harmful-meaning', categories: [], topics: [topic], help,
    reason: `Bedtime stories here stay gentle and safe, and this idea reads too close to the ones I must turn down (the nearest: ${help.topicLabel}), so I can't write it. ${suggestionsSentence(help)}`,
  };
}

/**
 * Layer 1b: with a language model configured for text, it is asked whether the checked idea suits a
 * bedtime story for this child (always in child mode; in standard mode only when the operator sets
 * `safety.ideaCheckInStandardMode`). Anything but a clear `safe` refuses; see ask-idea-fitness.ts.
 */
async function checkIdeaWithTextModel(idea: string, mode: 'child' | 'standard', childAge: number, context: StepContext) {
  const config = optionalService(context.services, 'config');
  if (mode === 'standard' && config?.safety?.ideaCheckInStandardMode !== true) return {};
  const providers = requiredService(context.services, 'providers');
  const typeOf = backendTypeOf(context.services);
  let asked: Awaited<ReturnType<typeof askIdeaFitness>>;
  try {
    asked = await askIdeaFitness({ providers, typeOf, idea, childAge, signal: context.signal });
  } catch (error) {
    // No language model could be asked. An unreachable model must not loosen child mode, so the story is
    // then written by the built-in storyteller alone (the write step gets only it), which reads only the
    // parts of an idea it knows: the same safe-by-construction path as a server with no model. Without one, fail closed.
    const builtin = providers.candidates('text').some((candidate) => isBuiltinCandidate(candidate, typeOf));
    if (error instanceof AllProvidersFailedError && builtin) return { ideaUnchecked: error.details?.attempts as PassedOver[] };
    throw error;
  }
  if (!asked) return {};
  context.servedBy(asked.record.model, asked.record.passedOver);
  if (!asked.verdict.fit) throw ideaFitnessRefusal(asked.verdict, asked.record, idea, childAge);
  return { ideaCheck: asked.record };
}

/**
 * An accepted idea in another language as the storyteller reads it: its gloss, each word's gloss the storyteller knows
 * first. A short English idea ("a volcano island") may be glossed too, as the checks read every reading: it is read as written.
 */
export function storytellerReadingOf(result: { prompt: string; englishReading?: string; englishGlosses?: string[][] }): string | undefined {
  if (isMostlyEnglish(result.prompt)) return undefined;
  return result.englishGlosses ? glossForStoryteller(result.englishGlosses) : result.englishReading;
}

/** What the write step takes of an accepted idea to read it by: its English reading, and whether that is Apertium's sentence. */
export function storytellerInputOf(result: { prompt: string; englishReading?: string; englishGlosses?: string[][]; translated?: boolean }): { englishReading?: string; translated?: true } {
  const englishReading = storytellerReadingOf(result);
  if (!englishReading) return {};
  return { englishReading, ...(result.translated ? { translated: true as const } : {}) };
}

/** Layer 1: the prompt check, before anything is generated. */
export const checkPromptStep = defineStep({
  id: 'story.check-prompt',
  version: 3,
  input: z.object({ prompt: z.string(), mode: z.enum(['child', 'standard']), notes: z.array(z.string()).default([]), childAge: z.int() }),
  output: z.object({
    prompt: z.string(), notes: z.array(z.string()), ideaCheck: ideaFitnessRecordSchema.optional(),
    /** A child-mode idea in another language, as the check read it in English word by word: what the storyteller reads it by. */
    englishReading: z.string().optional(),
    /** The English reading is Apertium's translation (Italian, Portuguese, Spanish, French), read as an English idea, not a gloss. */
    translated: z.boolean().optional(),
    /** Child mode: the idea asks for one of Kiln's own safety stories (see find-safety-lesson.ts); the write step tells that storyline. */
    lesson: z.enum(safetyLessonIds).optional(),
    /** Set when no language model could be asked: who was tried and why; only the built-in storyteller may write. */
    ideaUnchecked: z.array(z.object({ candidate: z.string(), reason: z.string() })).optional(),
  }),
  maxAttempts: 1,
  // Never reused: the verdict belongs to the text models configured now, and a model may be added since.
  cacheable: false,
  async run({ prompt, mode, notes, childAge }, context) {
    const result = await checkStoryPrompt(prompt, mode, optionalService(context.services, 'config')?.safety.termsFile);
    const ideaCheck = await checkIdeaWithTextModel(result.prompt, mode, childAge, context);
    return { prompt: result.prompt, notes: [...new Set([...notes, ...result.notes])], ...storytellerInputOf(result), ...(result.lesson ? { lesson: result.lesson } : {}), ...ideaCheck };
  },
});
