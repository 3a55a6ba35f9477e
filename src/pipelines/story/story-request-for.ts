import { readIdeaParts, type IdeaParts } from '../../providers/builtin/storyteller/read-idea-parts.ts';
import type { StoryRequest } from '../../providers/builtin/storyteller/story-request.ts';
import type { StoryInput } from './story-input.ts';

/** The outline line language models get: only the idea's checked parts, in plain words. */
export function describeIdeaParts(parts: IdeaParts): string {
  const hero = parts.hero ? `a ${[...parts.traits, parts.hero.word].join(' ')}` : 'the listener';
  const lines = [`plot: ${parts.plot.replaceAll('-', ' ')}`, `hero: ${hero}`];
  if (parts.companions.length > 0) lines.push(`companions: ${parts.companions.map((being) => `a ${being.word}`).join(', ')}`);
  if (parts.destination) lines.push(`wish: to reach ${parts.destination}`);
  if (parts.thing) lines.push(`${parts.plot === 'lost-and-found' ? 'lost thing' : 'thing to make'}: ${parts.thing}`);
  if (parts.fear) lines.push(`afraid of: ${parts.fear}`);
  if (parts.trouble) lines.push(`the friend ${parts.trouble}`);
  if (parts.feeling) lines.push(`feeling: ${parts.feeling}`);
  if (parts.setting) lines.push(`setting: ${parts.setting}`);
  if (parts.time) lines.push(`time of day: ${parts.time}`);
  return lines.join('; ');
}

/** What the write step asks every text backend for: the listener, the scene count, and the idea's parts. */
export function storyRequestFor(input: { prompt: string; profile: Pick<StoryInput['profile'], 'name' | 'age' | 'interests' | 'favouriteThings' | 'readingLevel' | 'language'>; scenes: number }): StoryRequest {
  const { profile } = input;
  return {
    idea: input.prompt,
    outline: describeIdeaParts(readIdeaParts(input.prompt)),
    scenes: input.scenes,
    listener: { name: profile.name, age: profile.age, interests: profile.interests, favouriteThings: profile.favouriteThings, readingLevel: profile.readingLevel, language: profile.language },
  };
}
