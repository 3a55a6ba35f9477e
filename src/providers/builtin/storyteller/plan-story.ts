import { findTerms, locativeReach, saysWhen, tokenize } from '../../../media/illustrator/find-terms.ts';
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
import { drawnProps } from './tell-props.ts';
import { drawnKindOfPlace } from './named-place.ts';
import { drawnPlaceTable } from './drawn-places.ts';

/** The light a picture's brief names for each time, in words the illustrator reads. */
const lightWords = { morning: 'morning sunshine', day: 'bright daylight', evening: 'golden evening light', night: 'night, moonlight' } as const;

/** Words that put someone somewhere ("near a quiet river", "at the garden shed"); "loved space" puts nobody in space. */
const locatives = new Set(['in', 'at', 'near', 'by', 'on', 'into', 'across', 'through', 'under', 'beside', 'along', 'inside', 'to', 'from', 'reached', 'among']);

/**
 * The places a text puts someone (or, not `located`, any place it names), as it says them, in order, with the setting each
 * is drawn as. `names`: the characters' names, lower case; "Mittens the cloud" is someone, never the sky.
 */
function placesSaid(text: string, located = true, names: ReadonlySet<string> = new Set()): Array<{ phrase: string; setting: string }> {
  // Sentence by sentence: "… pushed them along. Mia talked about space" puts nobody in space.
  if (/[.!?]/.test(text)) return text.split(/[.!?]+/).flatMap((sentence) => placesSaid(sentence, located, names));
  const tokens = tokenize(text);
  return findTerms(tokens, drawnPlaceTable)
    // "lost and far from home", "away from the river": a place someone is far from is where they are not.
    .filter((match) => !(tokens[match.start - 1] === 'from' && ['far', 'away'].includes(tokens[match.start - 2])))
    .filter((match) => !endsCharacterName(tokens, match.start, names))
    .filter((match) => !located || isLocatedPhrase(tokens, match, locatives))
    // "in the sky", "high in the sky": a phrase of the illustrator's that says where by itself is kept whole (never "the in the sky").
    .map((match) => ({ phrase: match.phrase === 'home' || saysWhereItself(match.phrase) ? match.phrase : `the ${match.phrase}`, setting: match.value as string }));
}

/** A place phrase that holds its own preposition ("in the sky", "above the cloud", "up in the air"). */
function saysWhereItself(phrase: string): boolean {
  const [first, second] = phrase.split(' ');
  return locatives.has(first) || ['above', 'up', 'high'].includes(first) || locatives.has(second ?? '');
}

/** The first words of the characters' names, lower case, as a text's tokens start them ("Dot the cloud" → "dot"). */
export function characterNameWords(characters: ReadonlyArray<{ name: string }>): Set<string> {
  return new Set(characters.map((character) => tokenize(character.name)[0]));
}

/** Whether the word at `start` ends a character's name ("back to Dot the cloud"): someone, never a place. */
export function endsCharacterName(tokens: readonly string[], start: number, names: ReadonlySet<string>): boolean {
  return tokens[start - 1] === 'the' && names.has(tokens[start - 2] ?? '');
}

/** Prepositions that make what follows their own, not a place someone is at. */
const ownersOfPlace = new Set(['about', 'for', 'with', 'like', 'than']);

/**
 * Whether a word a few words before `start` puts someone at the place there ("near a quiet river", "at the edge of the
 * meadow"); "at last" and "at first" say when, not where ("At last the kite was finished" puts nobody in the sky).
 */
/**
 * Whether a place phrase the text says is where someone is: located by a word before it (see isLocated), or a phrase
 * that holds its own preposition ("there they were, on the moon", "in the sky"); a single word never ("glowing inside").
 */
export function isLocatedPhrase(tokens: readonly string[], match: { start: number; end: number }, locatives: ReadonlySet<string>): boolean {
  return (match.end - match.start > 1 && locatives.has(tokens[match.start])) || isLocated(tokens, match.start, locatives);
}

export function isLocated(tokens: readonly string[], start: number, locatives: ReadonlySet<string>): boolean {
  const from = Math.max(0, start - locativeReach(tokens, start));
  // Another preposition between takes the place as its own: "felt wobbly inside about the wave" puts nobody at the wave.
  return tokens.slice(from, start).some((token, offset) => locatives.has(token) && !saysWhen(tokens, from + offset)
    && !tokens.slice(from + offset + 1, start).some((between) => ownersOfPlace.has(between)));
}

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
  const archetype = chooseArchetype(parts.plot, parts);
  const cast = castStory(parts, archetype, request.listener, createSeededRandom(hashText(key, seed)));
  const band = ageBand(request);
  const wording = createSeededRandom(hashText(`${key}|variant:${request.variant ?? 0}`, seed));
  // The thing made or lost is not where anyone is: "to build a tiny castle" puts nobody in a castle.
  const names = characterNameWords(cast.characters);
  const where = (text: string, located = true) => placesSaid(text, located, names).filter((place) => place.phrase !== `the ${cast.values.object}`);
  let stop = 0;
  let lastPlace: { phrase: string; setting: string } | undefined;
  // "a quiet spot in China", "at the museum": a place the illustrator cannot draw is drawn as what it is, in every scene that says no other place.
  const standIn = [cast.values.place, cast.values.home].flatMap((place) => {
    const kind = place && where(`in ${place}`, false).length === 0 ? drawnKindOfPlace(place) : undefined;
    return kind ? where(`in ${kind}`) : [];
  })[0];
  const scenes = sceneBeats(archetype, request.scenes).map((beats, index) => {
    const told = beats.map((beat) => {
      const here = beat === archetype.resolution && cast.lastStop ? cast.lastStop : cast.stops[stop % cast.stops.length];
      const values = { ...cast.values, stop: here, light: lightOf(beat.time, cast) };
      if (archetype.journey.includes(beat)) stop += 1;
      return { beat, values, text: tellBeat(beat, values, band, wording) };
    });
    // The picture shows the scene's last plot beat: the arrival rather than the road to it.
    const main = told.filter((item) => item.beat !== settingBeat && item.beat !== windDownBeat).at(-1) ?? told[0];
    const text = told.map((item) => item.text).join(' ');
    const brief = fillTemplate(main.beat.brief, main.values, 'older');
    // A scene whose words put nobody anywhere goes on where the last one was, so its picture is not set somewhere
    // the illustrator guesses (a kitten's hug drawn in outer space).
    // A brief that names no place takes the one its scene's words say last, or else the last scene's.
    // A brief that puts its characters somewhere the scene's words never name ("setting off from home" for a scene near a
    // sunny hill) is led by the scene's place, which the illustrator then draws (the first place named wins a tie).
    // "a quiet spot in Dhaka": a scene whose words name the story's own place, which the illustrator draws as what it is, is
    // there, not where the last picture was ("the flowers" looked at in the scene before).
    const saysOwnPlace = standIn !== undefined && [cast.values.place, cast.values.home].some((place) => place !== undefined && text.includes(place));
    const here = where(text).at(-1) ?? (saysOwnPlace ? standIn : lastPlace ?? standIn);
    const named = new Set(where(text, false).map((place) => place.setting));
    const briefPlaces = where(brief);
    // "At last they reached the moon!" beside "arriving on the moon": the story's own place, said by both, is followed.
    const bothSayThePlace = brief.includes(cast.values.atPlace) && text.includes(cast.values.place);
    // So is where the way home starts ("far from home at the zoo"), though the scene also names the home ("in Antarctica").
    const bothSayWhereAway = cast.values.awayBrief !== undefined && brief.includes(`far from home ${cast.values.awayBrief}`) && text.includes(cast.values.away);
    const follows = bothSayWhereAway || (briefPlaces.length > 0 ? bothSayThePlace || briefPlaces.some((place) => named.has(place.setting)) : where(brief, false).some((place) => place.setting === here?.setting));
    const placed = here && !follows ? `${saysWhereItself(here.phrase) ? capitalise(here.phrase) : `At ${here.phrase}`}, ${brief}` : brief;
    // The opening shows the things the idea named where the illustrator can draw them.
    const shown = index === 0 ? drawnProps(parts.props ?? []) : [];
    const illustration = shown.length > 0 ? `${placed}, with the ${shown.join(' and the ')}` : placed;
    // Characters who set off from somewhere are no longer there in the next scene.
    lastPlace = main.beat.leavesFor ? where(`at ${main.beat.leavesFor}`).at(0) : where(illustration).at(0) ?? here;
    return { text, illustration };
  });
  return { title: capitalise(fillTemplate(cast.title, cast.values, 'older')), scenes, characters: cast.characters };
}
