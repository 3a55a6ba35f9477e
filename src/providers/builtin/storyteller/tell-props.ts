import { tokenize } from '../../../media/illustrator/find-terms.ts';
import { readSubjectMentions } from '../../../media/illustrator/read-subject-mentions.ts';
import { propKind, type PropKind } from './prop-kind.ts';

/**
 * One sentence per kind of thing, the thing always after "the" and as an object, so it reads the same for
 * "the storm" and "the marshmallows", a mass or a count, one or many. `{over}` is the idea's own place,
 * where the sky above it is named ("over the sea"); a sentence never sends anyone somewhere the idea did not say.
 */
const sentences: Record<PropKind, string> = {
  phenomenon: '{Name} watched the {prop}{over}, wide-eyed.',
  object: '{Name} and {friend} stopped to gaze at the {prop}.',
  food: '{Name} shared the {prop} with {friend}.',
  plant: '{Name} and {friend} stopped to look at the {prop}.',
  building: '{Name} and {friend} went to see the {prop}.',
  artifact: '{Name} and {friend} had a good look at the {prop}.',
};

/** How a thing the idea named is shown in the story's opening, by its kind (the last word names it: "a candy shop"). */
export function propSentence(prop: string, values: { Name: string; friend: string; place?: string }): string {
  const kind = propKind(prop) ?? propKind(prop.split(' ').at(-1)!) ?? 'artifact';
  const filled: Record<string, string> = { ...values, prop, over: values.place ? ` far away over ${values.place}` : '' };
  return sentences[kind].replace(/\{(\w+)\}/g, (_, key: string) => filled[key] ?? '');
}

/** The sentences for every thing the idea named, in its order. */
export function tellProps(props: readonly string[], values: { Name: string; friend: string; place?: string }): string {
  return props.map((prop) => propSentence(prop, values)).join(' ');
}

/**
 * The things the built-in illustrator has a shape for ("birthday cake" as a cake, "flowers", "a rainbow"), for the
 * opening picture; a thing drawn only as a stand-in, or weather (which would change the scene's sky), is left to the words.
 */
export function drawnProps(props: readonly string[]): string[] {
  return props.filter((prop) => readSubjectMentions(tokenize(prop), new Set()).some((mention) => mention.kind !== 'stand-in'));
}
