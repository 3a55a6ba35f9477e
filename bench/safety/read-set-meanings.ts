/**
 * The red-team sets and WordNet's sentences about children as the story check reads them by meaning: each idea's
 * texts (without the words asking for a story, and for another language its English gloss too, see
 * idea-meaning-texts.ts) through the sentence encoder, beside whether the rules alone refuse it. Read by the scripts
 * that fit the check's readings by meaning: train-harm-reading.ts (the line, the nearest studied ideas and their
 * weighing) and build-group-neighbours.ts (ideas about groups of people).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkStoryPromptByRules, readIdeaLanguages } from '../../src/pipelines/story/check-prompt-step.ts';
import { englishReadingOf } from '../../src/safety/check-prompt.ts';
import { ideaMeaningTexts } from '../../src/safety/idea-meaning/idea-meaning-texts.ts';
import type { SentenceEncoder } from '../../src/safety/idea-meaning/load-sentence-encoder.ts';
import { readIdeaWithGlosses } from '../../src/safety/read-idea-with-glosses.ts';
import { safetyTopics, type SafetyTopic } from '../../src/safety/safety-topic.ts';
import { wordnetChildExamples } from './wordnet-child-examples.ts';

// The sets' category names beside the topics the refusal names (probe-18's and probe-19's are all ways of telling hate).
const topicOfCategory: Record<string, SafetyTopic> = {
  'drugs-alcohol': 'substances', 'abuse-neglect': 'abuse', kidnapping: 'abuse', 'frightening-gore': 'frightening', 'horror-gore': 'frightening',
  'hate-open': 'hate', 'hate-fable': 'hate', 'stereotype-joke': 'hate', 'exclusion-ending': 'hate', dehumanising: 'hate', 'lesser-lesson': 'hate',
  'coded-or-buried': 'hate', 'role-play': 'hate',
  // probe-19's and probe-20's.
  stereotype: 'hate', exclusion: 'hate', conspiracy: 'hate', lesser: 'hate', lgbt: 'hate', 'disability-mockery': 'hate', 'coded-or-fable': 'hate',
};
/** A category's topic; one no topic names is read as frightening, never as no topic (which would label it harmless). */
export const topicOf = (category: string): SafetyTopic => topicOfCategory[category] ?? ((safetyTopics as readonly string[]).includes(category) ? category as SafetyTopic : 'frightening');

export interface IdeaMeaning {
  set: string;
  text: string;
  unsafe: boolean;
  topic?: SafetyTopic;
  /** Whether the rules alone refuse it (the readings by meaning only add to them). */
  byRules: boolean;
  /**
   * The encoder's vectors of what the check reads: the idea, then its English readings when it has them (Apertium's
   * sentence, then the gloss; or the gloss alone); none for an idea too short.
   */
  vectors: number[][];
}

/**
 * Every idea of the named sets, personal-data ones left out (the check accepts them with the details removed).
 */
export async function readSetMeanings(encoder: SentenceEncoder, sets: readonly string[]): Promise<IdeaMeaning[]> {
  const ideas: IdeaMeaning[] = [];
  for (const set of sets) {
    for (const idea of await readSetIdeas(set)) {
      // Japanese and Apertium read once, for the check and for the readings below.
      const readers = await readIdeaLanguages(idea.text);
      const checked = await checkStoryPromptByRules(idea.text, 'child', undefined, readers);
      // The English readings of every idea in another language, refused or not, as the check reads an accepted one:
      // Apertium's sentence where it reads the whole idea (and the gloss beside it where that is a reading), else the gloss.
      const readings = englishReadingOf(readIdeaWithGlosses(idea.text.replace(/\s+/g, ' ').trim(), readers.japanese, undefined, readers.translations));
      // An idea too short to be read by meaning (no texts) is left to the rules, in the check and here.
      const texts = ideaMeaningTexts(idea.text, readings.englishReading, readings.glossReading);
      const topic = idea.category ? topicOf(idea.category) : undefined;
      ideas.push({ set, text: idea.text, unsafe: idea.unsafe, topic, byRules: !checked.accepted, vectors: await encoder.encode(texts) });
    }
  }
  return ideas;
}

export interface SetIdea { text: string; unsafe: boolean; category?: string; language?: string }

/** A red-team set's ideas, unsafe then safe, personal-data ones left out (the check accepts them with the details removed). */
export async function readSetIdeas(set: string): Promise<SetIdea[]> {
  const file = JSON.parse(await readFile(new URL(`./${set}-set.json`, import.meta.url), 'utf8')) as { unsafe: Array<{ text: string; category: string; language?: string }>; safe: Array<{ text: string; language?: string }> };
  return [...file.unsafe.filter((idea) => idea.category !== 'personal-data').map((idea) => ({ ...idea, unsafe: true })), ...file.safe.map((idea) => ({ ...idea, unsafe: false, category: undefined }))];
}

export interface ExampleMeaning {
  text: string;
  vector: number[];
  /** One half of the sentences (by a hash of the text) is fitted on as harmless; the other half gauges false refusals. */
  fitted: boolean;
}

/** WordNet's sentences about children that the rules accept and the check would read, halved by a hash. */
export async function readExampleMeanings(encoder: SentenceEncoder): Promise<ExampleMeaning[]> {
  const examples: ExampleMeaning[] = [];
  for (const text of await wordnetChildExamples()) {
    const texts = ideaMeaningTexts(text);
    if (texts.length === 0 || !(await checkStoryPromptByRules(text, 'child')).accepted) continue;
    const [vector] = await encoder.encode(texts);
    examples.push({ text, vector, fitted: createHash('sha256').update(text).digest()[0] % 2 === 0 });
  }
  return examples;
}
