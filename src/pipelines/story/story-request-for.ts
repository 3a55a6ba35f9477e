import { describeIdeaParts } from '../../providers/builtin/storyteller/idea-outline.ts';
import { readGlossedIdeaParts } from '../../providers/builtin/storyteller/read-glossed-idea-parts.ts';
import { readIdeaParts } from '../../providers/builtin/storyteller/read-idea-parts.ts';
import type { IdeaParts } from '../../providers/builtin/storyteller/idea-parts.ts';
import type { StoryRequest } from '../../providers/builtin/storyteller/story-request.ts';
import { checkIdeaPart } from '../../safety/check-idea-part.ts';
import type { SafetyLessonId } from '../../safety/find-safety-lesson.ts';
import { findGrownUp } from '../../providers/builtin/storyteller/archetypes/safety-lessons.ts';
import type { StoryInput } from './story-input.ts';
import type { StoryMode } from './story-mode.ts';

export { describeIdeaParts };

type ListenerFields = Pick<StoryInput['profile'], 'name' | 'age' | 'interests' | 'favouriteThings' | 'readingLevel' | 'language'>;

/** Profile words a parent typed go to the model too; in child mode only the ones that pass the check alone. */
function vettedListener(profile: ListenerFields, mode: StoryMode): StoryRequest['listener'] {
  const passes = (phrase: string) => mode === 'standard' || checkIdeaPart(phrase, 'child').safe;
  return {
    name: passes(profile.name) ? profile.name : 'the child',
    age: profile.age,
    interests: profile.interests.filter(passes),
    favouriteThings: profile.favouriteThings.filter(passes),
    readingLevel: profile.readingLevel,
    language: profile.language,
  };
}

/**
 * What the write step asks every text backend for: the listener, the scene count and the outline of
 * the idea's vetted parts. Safety by construction: in child mode the parent's sentence is not in the
 * request at all, so a model that writes whatever it is asked still never sees it; a standard-mode
 * request (the operator's choice) also carries the idea.
 */
export function storyRequestFor(input: { prompt: string; parts?: IdeaParts; profile: ListenerFields; scenes: number; mode?: StoryMode }): StoryRequest {
  const mode = input.mode ?? 'child';
  return {
    ...(mode === 'standard' ? { idea: input.prompt } : {}),
    // `parts`: the idea's parts when the caller read them already (see readStoryIdeaParts), else read from the prompt.
    outline: describeIdeaParts(input.parts ?? readIdeaParts(input.prompt)),
    scenes: input.scenes,
    listener: vettedListener(input.profile, mode),
  };
}

/**
 * The vetted parts of an idea: read as written, or for an idea in another language through its English gloss (`translated`:
 * Apertium's English sentence, read as an English idea is, wishes and doings too).
 * For one of Kiln's own safety stories (`lesson`, see find-safety-lesson.ts) only who it is about is kept: the plot is the lesson.
 */
export function readStoryIdeaParts(prompt: string, englishReading?: string, lesson?: SafetyLessonId, translated = false): IdeaParts {
  const parts = englishReading ? (translated ? readIdeaParts(englishReading) : readGlossedIdeaParts(englishReading)) : readIdeaParts(prompt);
  if (!lesson) return parts;
  // A creature or a thing may be the hero; a person other than the listener ("a coach", "a stranger", "a grown-up") never.
  const hero = parts.hero && parts.hero.kind !== 'child' ? parts.hero : undefined;
  const grownUp = findGrownUp(prompt);
  return {
    ...(hero ? { hero, traits: parts.traits } : { traits: [] }), ...(parts.listener ? { listener: parts.listener } : {}),
    companions: [], ...(grownUp ? { grownUp } : {}), plot: lesson,
  };
}
