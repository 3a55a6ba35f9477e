import type { Archetype, Beat, BeatTime } from './archetype.ts';
import { chooseArchetype } from './choose-archetype.ts';
import { castStory, type Cast } from './cast-story.ts';
import { capitalise, fillTemplate, type AgeBand } from './fill-template.ts';
import { readOutline } from './idea-outline.ts';
import { readIdeaParts } from './read-idea-parts.ts';
import { createSeededRandom, hashText, type SeededRandom } from '../../../engine/seeded-random.ts';
import type { StoryRequest } from './story-request.ts';
import type { StoryDraft } from './story-draft.ts';
import { settingBeat, windDownBeat } from './story-world.ts';

/** The light a picture's brief names for each time, in words the illustrator reads. */
const lightWords = { morning: 'morning sunshine', day: 'bright daylight', evening: 'golden evening light', night: 'night, moonlight' } as const;

function ageBand(request: StoryRequest): AgeBand {
  const level = request.listener.readingLevel;
  if (level === 'early') return 'young';
  if (level === 'confident' || level === 'developing') return 'older';
  return request.listener.age >= 6 ? 'older' : 'young';
}

/** Which beats each scene tells: opening and problem first, wind-down last, the way and the ending between. */
export function sceneBeats(archetype: Archetype, count: number): Beat[][] {
  const way = (index: number) => archetype.journey[index % archetype.journey.length];
  if (count === 1) return [[settingBeat, archetype.problem, archetype.resolution, windDownBeat]];
  if (count === 2) return [[settingBeat, archetype.problem, way(0)], [archetype.resolution, windDownBeat]];
  if (count === 3) return [[settingBeat, archetype.problem], [way(0), way(1)], [archetype.resolution, windDownBeat]];
  // The way and the resolution share the middle scenes; longer groups go last, nearer the end.
  const items = [...Array.from({ length: Math.max(archetype.journey.length, count - 3) }, (_, index) => way(index)), archetype.resolution];
  const buckets = count - 2;
  const middle: Beat[][] = [];
  let taken = 0;
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const size = Math.floor((items.length - taken) / (buckets - bucket));
    middle.push(items.slice(taken, taken + size));
    taken += size;
  }
  return [[settingBeat, archetype.problem], ...middle, [windDownBeat]];
}

/** Every sentence of a beat whose placeholders all have values; one alternative per slot. */
export function tellBeat(beat: Beat, values: Record<string, string>, band: AgeBand, wording: SeededRandom): string {
  const usable = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].every((match) => values[match[1]] !== undefined && values[match[1]] !== '');
  return beat.slots
    .map((slot) => slot.filter(usable))
    .filter((slot) => slot.length > 0)
    .map((slot) => capitalise(fillTemplate(wording.pick(slot), values, band)))
    .join(' ');
}

function lightOf(time: BeatTime, cast: Cast): string {
  return lightWords[time === 'story' ? cast.storyTime : time === 'arrival' ? cast.arrivalTime : time];
}

/**
 * Plans a whole bedtime story from the parts of the idea (never its wording): the plot the idea asks
 * for, a cast with fixed looks, stops on the way, and sentences picked from each beat's alternatives.
 * The same request and seed give the same story; `variant` rewords it without changing who is in it.
 */
export function planStory(request: StoryRequest, seed: number): StoryDraft {
  // The outline is what every backend gets in child mode; an idea alone comes from a bare prompt.
  const parts = (request.outline ? readOutline(request.outline) : undefined) ?? readIdeaParts(request.idea ?? '');
  const key = `${request.idea ?? request.outline}|${request.listener.name}|${request.listener.interests.join(',')}`;
  const archetype = chooseArchetype(parts.plot);
  const cast = castStory(parts, archetype, request.listener, createSeededRandom(hashText(key, seed)));
  const band = ageBand(request);
  const wording = createSeededRandom(hashText(`${key}|variant:${request.variant ?? 0}`, seed));
  let stop = 0;
  const scenes = sceneBeats(archetype, request.scenes).map((beats) => {
    const told = beats.map((beat) => {
      const values = { ...cast.values, stop: cast.stops[stop % cast.stops.length], light: lightOf(beat.time, cast) };
      if (archetype.journey.includes(beat)) stop += 1;
      return { beat, values, text: tellBeat(beat, values, band, wording) };
    });
    // The picture shows the scene's last plot beat: the arrival rather than the road to it.
    const main = told.filter((item) => item.beat !== settingBeat && item.beat !== windDownBeat).at(-1) ?? told[0];
    return { text: told.map((item) => item.text).join(' '), illustration: fillTemplate(main.beat.brief, main.values, 'older') };
  });
  return { title: capitalise(fillTemplate(cast.title, cast.values, 'older')), scenes, characters: cast.characters };
}
