import type { Archetype, Beat } from './archetype.ts';
import { chooseArchetype } from './choose-archetype.ts';
import { capitalise, fillTemplate, joinList, type AgeBand } from './fill-template.ts';
import { companionFrom, readStoryIdea } from './read-story-idea.ts';
import { createSeededRandom, hashText, type SeededRandom } from '../../../engine/seeded-random.ts';
import type { StoryRequest } from './story-request.ts';
import type { StoryDraft } from './story-draft.ts';
import { childFeatures, clothes, colours, companionNames, features, heroNames, places, settingBeat, windDownBeat } from './story-world.ts';

interface Cast {
  values: Record<string, string>;
  characters: StoryDraft['characters'];
  band: AgeBand;
  archetype: Archetype;
  places: string[];
}

function ageBand(request: StoryRequest): AgeBand {
  const level = request.listener.readingLevel;
  if (level === 'early') return 'young';
  if (level === 'confident' || level === 'developing') return 'older';
  return request.listener.age >= 6 ? 'older' : 'young';
}

/** Everything fixed for one story whatever the wording: plot, names, looks, places. */
function castStory(request: StoryRequest, structure: SeededRandom): Cast {
  const idea = readStoryIdea(request.idea);
  const archetype = chooseArchetype(idea.words, structure);
  const { listener } = request;
  const companionKind = companionFrom(listener.interests);
  const pal = companionKind ? `${structure.pick(companionNames)} the ${companionKind}` : '';
  const heroIsListener = idea.heroKind === '';
  const name = heroIsListener ? listener.name : structure.pick(heroNames);
  const friend = heroIsListener ? pal || 'a little owl called Hoot' : listener.name;
  const object = idea.object ?? structure.pick(archetype.defaultObjects);
  const interests = listener.interests.filter((interest) => interest.trim() !== '');
  const lover = heroIsListener ? name : listener.name;
  const values: Record<string, string> = {
    Name: name,
    hero: heroIsListener ? `a child` : `a ${idea.hero}`,
    friend,
    object,
    Object: capitalise(object),
    favourite: structure.pick(listener.favouriteThings.length > 0 ? listener.favouriteThings : interests.length > 0 ? interests : ['warm pancakes', 'the sea', 'snowflakes']),
    interests: interests.length > 0
      ? structure.pick([`${lover} loved ${joinList(interests)}.`, `${lover}'s favourite things in all the world were ${joinList(interests)}.`, `Nobody loved ${joinList(interests)} quite as much as ${lover}.`])
      : '',
  };
  if (pal) values.pal = pal;
  const characters: StoryDraft['characters'] = [
    { name, role: 'hero', looks: heroIsListener ? childLooks(listener.age, structure) : `a small ${structure.pick(colours)} ${idea.heroKind} with ${structure.pick(features)}, wearing ${structure.pick(clothes)}` },
  ];
  if (!heroIsListener) characters.push({ name: listener.name, role: 'friend', looks: childLooks(listener.age, structure) });
  if (pal) characters.push({ name: pal, role: 'companion', looks: `a small ${structure.pick(colours)} ${companionKind} with ${structure.pick(features)}` });
  else if (heroIsListener) characters.push({ name: friend, role: 'companion', looks: 'a little brown owl with round spectacles' });
  if (!idea.hero && !idea.object) values.interests = `${values.interests} That day was all about ${request.idea.replace(/^(a|an|the) story (about|of) /i, '')}.`.trim();
  return { values, characters, band: ageBand(request), archetype, places: structure.shuffle(places) };
}

function childLooks(age: number, random: SeededRandom): string {
  return `a ${age}-year-old child with ${random.pick(childFeatures)}, wearing ${random.pick(clothes)}`;
}

/** Which beats each scene tells: opening and problem first, wind-down last, journey stops between. */
export function sceneBeats(archetype: Archetype, count: number): Beat[][] {
  const journey = (index: number) => archetype.journey[index % archetype.journey.length];
  if (count === 1) return [[settingBeat, archetype.problem, journey(2), archetype.resolution, windDownBeat]];
  if (count === 2) return [[settingBeat, archetype.problem, journey(0)], [journey(2), archetype.resolution, windDownBeat]];
  if (count === 3) return [[settingBeat, archetype.problem], [journey(0), journey(2)], [archetype.resolution, windDownBeat]];
  // The journey and the resolution share the middle scenes; longer groups go last, nearer the end.
  const items = [...Array.from({ length: Math.max(3, count - 3) }, (_, index) => journey(index)), archetype.resolution];
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

function tellBeat(beat: Beat, values: Record<string, string>, band: AgeBand, wording: SeededRandom): string {
  const usable = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].every((match) => values[match[1]] !== undefined && values[match[1]] !== '');
  return beat.slots
    .map((slot) => slot.filter(usable))
    .filter((slot) => slot.length > 0)
    .map((slot) => capitalise(fillTemplate(wording.pick(slot), values, band)))
    .join(' ');
}

/**
 * Plans a whole bedtime story from the request: a plot archetype chosen from the idea's words, a cast
 * with fixed looks, journey stops, and sentences picked from each beat's alternatives. The same
 * request and seed give the same story; `variant` rewords it without changing who is in it.
 */
export function planStory(request: StoryRequest, seed: number): StoryDraft {
  const key = `${request.idea}|${request.listener.name}|${request.listener.interests.join(',')}`;
  const cast = castStory(request, createSeededRandom(hashText(key, seed)));
  const wording = createSeededRandom(hashText(`${key}|variant:${request.variant ?? 0}`, seed));
  let stop = 0;
  const scenes = sceneBeats(cast.archetype, request.scenes).map((beats) => {
    const text = beats
      .map((beat) => {
        const values = { ...cast.values, place: cast.places[stop % cast.places.length] };
        if (cast.archetype.journey.includes(beat)) stop += 1;
        return tellBeat(beat, values, cast.band, wording);
      })
      .join(' ');
    const main = beats.find((beat) => beat !== settingBeat && beat !== windDownBeat) ?? beats[0];
    const place = cast.places[Math.max(0, stop - 1) % cast.places.length];
    const hero = `${cast.values.Name} (${cast.values.hero.replace(/^an? /, '')})`;
    const illustration = fillTemplate(main.brief, { ...cast.values, hero, place }, 'older');
    return { text, illustration };
  });
  return { title: fillTemplate(wording.pick(cast.archetype.titles), cast.values, 'older'), scenes, characters: cast.characters };
}
