import type { Archetype } from './archetype.ts';
import { subjectShapeFromWordNet } from '../../../media/illustrator/subject-shape-from-wordnet.ts';
import { capitalise, joinList, titleCase, withArticle } from './fill-template.ts';
import { goalTitle } from './goal-title.ts';
import { goalNamesPlace } from './is-trip.ts';
import { safetyLessonValues } from './archetypes/safety-lessons.ts';
import { heritageWords } from './read-heritage.ts';
import { atPlace, isNamedPlace, placeWordOf, storyPlaces, storyStops } from './story-places.ts';
import { placeName } from './named-place.ts';
import { tellProps } from './tell-props.ts';
import { heroTraits, heroWords, makeableWords } from './idea-vocabulary.ts';
import type { IdeaParts, TimeOfDay } from './idea-parts.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';
import type { StoryDraft } from './story-draft.ts';
import type { StoryRequest } from './story-request.ts';
import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { clothes, colours, companionNames, features, hair, heroNames, homes } from './story-world.ts';

/** Everything fixed for one story whatever the wording: names, looks, places, the time of day, the title. */
export interface Cast {
  values: Record<string, string>;
  characters: StoryDraft['characters'];
  stops: string[];
  /** Where the plot comes out, when the idea set it somewhere ("finds a lost kitten in the park"): the resolution's stop. */
  lastStop?: string;
  storyTime: TimeOfDay;
  arrivalTime: TimeOfDay;
  title: string;
}

const colourTraits = new Set(colours);
const sizeTraits = new Set(['little', 'tiny', 'small', 'big', 'young', 'old']);
/** Feelings a hero can stop feeling by the end ("did not feel shy any more"; never "did not feel brave"). */
const passingFeelings = new Set(['shy', 'scared', 'worried', 'sad', 'lonely', 'grumpy']);
const whenWords: Record<TimeOfDay, string> = { morning: 'morning', day: 'afternoon', evening: 'evening', night: 'night' };

/** The first interest that is a drawable animal ("cats") becomes the listener's pet in their own story. */
function petFrom(interests: readonly string[]): string | undefined {
  for (const interest of interests) {
    const word = interest.toLowerCase().trim().replace(/s$/, '');
    if (heroWords[word] && word !== 'robot') return word;
  }
  return undefined;
}

/** The listener as drawn: "a 5-year-old boy" where the idea called them a boy, a child otherwise. */
function childLooks(age: number, random: SeededRandom, called = 'child'): string {
  const noun = called === 'kid' ? 'child' : called;
  return `a ${age}-year-old ${noun} with ${random.pick(hair)}, wearing ${random.pick(clothes)}`;
}

/**
 * A title names a place only when the idea did: "Sam's Trip to the Sea" for a train idea named a sea
 * nobody asked for. A wish is titled by its goal.
 */
function pickTitle(archetype: Archetype, parts: IdeaParts, random: SeededRandom): string {
  if (parts.goal && archetype.id !== 'journey') return '{GoalTitle}';
  const titles = parts.destination ?? parts.setting ? archetype.titles : archetype.titles.filter((title) => !/\{Place\}/.test(title));
  return random.pick(titles.length > 0 ? titles : [parts.goal ? '{GoalTitle}' : '{Name}\'s Big Day']);
}

/** The last scene's sentence that says the wish came true, in the idea's own words where it had a goal. */
function wishMet(archetype: Archetype, parts: IdeaParts, values: Record<string, string>, name: string): string {
  // "dreams of flying" ends as it began: "had dreamed of flying".
  // "wants to swim past the reef and see the big ocean": a place the idea sends the wish to, and the goal does not name, is seen at last too.
  const alsoSeen = parts.goal && parts.destination && !goalNamesPlace(parts.goal, parts.destination) ? ` ${name} had seen ${parts.destination} at last.` : '';
  if (parts.goalDoing) return `${name} had dreamed of ${parts.goalDoing}, and today the dream came true.${alsoSeen}`;
  if (parts.goal) return `${name} had wanted to ${parts.goal}, and today ${name} did.${alsoSeen}`;
  // "fell out of the sky and wants to get back home": the place reached is home.
  // "ride on a whale to the other side": the trip as the idea said it, and the place reached when the trip's words do not say it.
  if (archetype.id === 'journey' && parts.trip) {
    // "visit her grandma" to her grandma's house says where already.
    const visitedHome = parts.trip.startsWith('visit ') && values.place.endsWith("'s house");
    const reached = goalNamesPlace(parts.trip, values.place) || visitedHome ? '' : ` ${name} had seen ${values.place} at last.`;
    return `${name} had wanted to ${parts.trip}, and today ${name} did.${reached}`;
  }
  if (archetype.id === 'journey' && parts.returnsHome) return `${name} was home again at last, ${atPlace(values.place)}.`;
  if (archetype.id === 'journey') return `${name} had seen ${values.place} at last.`;
  // "looking for her mum": the way home ends back with her.
  if (archetype.id === 'way-home' && parts.reunitedWith) return `${name} was home at last, back with ${parts.reunitedWith}, warm and safe.`;
  if (archetype.id === 'way-home') return `${name} was home at last, warm and safe.`;
  if (archetype.id === 'happy-day') return `It had been a happy day for ${name}.`;
  if (archetype.id === 'lost-and-found') return `${name}'s ${values.object} was safe again, right beside the bed.`;
  // A thing made out where the idea said ("a sandcastle at the beach") stays there; one made at home sits beside the bed.
  if (archetype.id === 'making-something' && values.made && values.madeAt) return `The ${values.object} ${name} had ${values.made} ${values.madeAt} waited there for morning.`;
  if (archetype.id === 'making-something' && values.made) return `The ${values.object} ${name} had ${values.made} sat beside the bed.`;
  if (archetype.id === 'small-fear') return `${name} was not afraid of ${values.fear} any more.`;
  // The friend in need is the idea's own ("a lost kitten"): the last scene says they are all right.
  // The last scene undoes the friend's own trouble: a lost friend is home, a lost thing is back.
  const lostThing = /^could not find its (.+)$/.exec(values.trouble ?? '')?.[1];
  // "off to the north pole to return a lost mitten": where the idea sends the hero is where the thing is given back.
  if (archetype.id === 'helping-a-friend' && values.pal && lostThing) return `${values.pal} had its ${lostThing} back${parts.destination ? ` ${atPlace(values.place)}` : ''}, thanks to ${name}.`;
  // "helps a lost turtle get back to the beach": back where the idea said, else home.
  if (archetype.id === 'helping-a-friend' && values.pal && /far from home/.test(values.trouble ?? '')) return `${values.pal} was safe ${parts.destination ? `at ${values.place}` : 'at home'} again, thanks to ${name}.`;
  if (archetype.id === 'helping-a-friend' && values.pal) return `${values.pal} was happy again, thanks to ${name}.`;
  return '';
}

const vehicleKinds = new Set(['car', 'bus', 'train', 'boat', 'tractor', 'airplane', 'balloon', 'rocket', 'helicopter', 'submarine', 'bicycle']);

/** The hero's card: a person has hair and clothes, a vehicle a colour and a face, a creature its colour, a feature and clothes. */
function heroLooks(word: string, colour: string, random: SeededRandom): string {
  const head = word.split(' ').at(-1)!;
  const kind = heroWords[word] ?? heroWords[head] ?? (subjectShapeFromWordNet(word, true, true) ?? subjectShapeFromWordNet(head, true, true))?.kind;
  if (kind === 'child') return `${withArticle(word)} with ${random.pick(hair)}, wearing ${random.pick(clothes)}`;
  if (kind && vehicleKinds.has(kind)) return `a small ${colour} ${word} with a friendly face and big round eyes`;
  return `a small ${colour} ${word} with ${random.pick(features)}, wearing ${random.pick(clothes)}`;
}

function isPlural(word: string): boolean {
  return word.endsWith('s') && lemmasOf(word, 'noun').some((lemma) => lemma !== word && word.startsWith(lemma));
}

export function castStory(parts: IdeaParts, archetype: Archetype, listener: StoryRequest['listener'], random: SeededRandom): Cast {
  const heroIsListener = parts.hero === undefined;
  // The idea's own name for its hero when it gave a safe one ("a tractor named Tilly", "a little girl named Priya"); the
  // storyteller's pick is drawn all the same, so nothing else changes.
  const picked = heroIsListener ? listener.name : random.pick(heroNames);
  const name = parts.heroName ?? picked;
  const names = random.shuffle(companionNames);
  const traits = parts.traits.filter((trait) => heroTraits.has(trait));
  const colour = traits.find((trait) => colourTraits.has(trait)) ?? random.pick(colours);
  const described = [...traits.filter((trait) => !colourTraits.has(trait) && !sizeTraits.has(trait)), ...traits.filter((trait) => sizeTraits.has(trait))].slice(0, 2);
  const characters: StoryDraft['characters'] = [];
  if (heroIsListener) characters.push({ name, role: 'hero', looks: childLooks(listener.age, random, parts.listener) });
  else characters.push({ name, role: 'hero', looks: heroLooks(parts.hero!.word, colour, random) });

  // The one in trouble is the idea's companion; whoever helps is another companion, the listener, or a pet.
  const helping = archetype.id === 'helping-a-friend';
  const ideaFriends = parts.companions.map((being, index) => ({ ...being, name: `${names[index]} the ${being.word}` }));
  const pal = helping ? ideaFriends[0] ?? { word: 'bird', kind: 'bird', drawn: true, name: `${names[3]} the bird` } : undefined;
  const companion = helping ? ideaFriends[1] : ideaFriends[0];
  const pet = petFrom(listener.interests);
  let friend: string;
  if (companion) {
    friend = companion.name;
    characters.push({ name: friend, role: 'companion', looks: `a small ${random.pick(colours)} ${companion.word}` });
  } else if (!heroIsListener) {
    friend = listener.name;
    characters.push({ name: friend, role: 'friend', looks: childLooks(listener.age, random) });
  } else {
    friend = pet ? `${names[2]} the ${pet}` : 'Hoot the owl';
    characters.push({ name: friend, role: 'companion', looks: `a small ${pet ? random.pick(colours) : 'brown'} ${pet ?? 'owl'}` });
  }
  if (pal) characters.push({ name: pal.name, role: 'friend in need', looks: `a little ${random.pick(colours)} ${pal.word}` });

  const storyTime: TimeOfDay = parts.time ?? (archetype.id === 'small-fear' && (parts.fear ?? 'the dark') === 'the dark' ? 'night' : archetype.id === 'journey' ? 'morning' : archetype.id === 'way-home' ? 'evening' : 'day');
  // A wish with no place named happens near home: never a trip to a sea the idea did not mention.
  const place = parts.destination ?? parts.setting ?? random.pick(['the top of the hill', 'the sea', 'the old lighthouse']);
  const placeWord = placeWordOf(place);
  const object = archetype.id === 'lost-and-found' || archetype.id === 'making-something' ? parts.thing ?? random.pick(archetype.defaultObjects) : random.pick(archetype.defaultObjects);
  const making = makeableWords[object];
  // Where the idea sets the story: near home, where a thing is made, where the plot ends, where a friend is helped.
  const { livesNear, madeAt, lastStop, helpedAt } = storyPlaces(parts, archetype, object);
  const interests = listener.interests.filter((interest) => interest.trim() !== '');
  const listenerInStory = heroIsListener || friend === listener.name;
  const fear = parts.fear ?? 'the dark';
  const home = livesNear ?? random.pick(homes);
  const values: Record<string, string> = {
    Name: name,
    // "a little Hindu girl": the people or faith the idea gave the hero is said where the hero is introduced.
    hero: withArticle([...(heroIsListener ? [] : described), ...heritageWords(parts.heritage), heroIsListener ? parts.listener ?? 'child' : parts.hero!.word].join(' ')),
    star: heroIsListener ? name : `${name} the ${parts.hero!.word}`,
    friend,
    place,
    atPlace: atPlace(place),
    // A title names a planet by its name alone ("Pip's Trip to Mars").
    Place: titleCase(placeName(place)),
    // "the stars were a long way from home": a place named in the plural (WordNet's lemma drops its "s") takes "were".
    placeWas: isPlural(place.split(' ').at(-1)!) ? 'were' : 'was',
    object,
    Object: titleCase(object),
    aObject: withArticle(object),
    AObject: withArticle(titleCase(object)),
    fear,
    Fear: titleCase(fear),
    when: whenWords[storyTime],
    home,
    // "a little house near a big green wood", "a little house in Australia": a place known by its name is one the house is in.
    nearHome: isNamedPlace(home) ? atPlace(home) : `near ${home}`,
    NotFarFromHome: isNamedPlace(home) ? `Far away ${atPlace(home)}` : `Not far from ${home}`,
    // "was home again in Antarctica": a home the idea named is said where the way home ends.
    homeIn: parts.homeIn ? ` ${atPlace(parts.homeIn)}` : '',
    favourite: random.pick(listener.favouriteThings.length > 0 ? listener.favouriteThings : ['warm pancakes', 'the sea', 'snowflakes']),
    interests: listenerInStory && interests.length > 0 ? `${heroIsListener ? name : listener.name} loved ${joinList(interests)}.` : '',
  };
  // The things the idea named are shown once, in the opening, with the friend already introduced.
  if (parts.props) values.props = tellProps(parts.props, { Name: name, friend, place: parts.destination ?? parts.setting });
  if (interests.length > 0) values.interest = random.pick(interests);
  if (parts.goal) {
    values.goal = parts.goal;
    values.GoalTitle = goalTitle(name, parts.goal);
  }
  if (parts.feeling && passingFeelings.has(parts.feeling)) values.feeling = parts.feeling;
  if (making) Object.assign(values, { make: making.make, made: making.made, Makes: `${capitalise(making.make)}s` });
  Object.assign(values, madeAt
    ? { madeAt, workStart: capitalise(madeAt), workTable: capitalise(madeAt), workBrief: madeAt }
    : { workStart: 'Back at home', workTable: 'At the big table', workBrief: 'at a table' });
  values.whenWhere = helpedAt ? `${values.when} ${helpedAt}` : values.when;
  if (pal) values.palWhere = helpedAt ? `${pal.name} ${helpedAt}` : pal.name;
  if (pal) Object.assign(values, { pal: pal.name, Pal: pal.name.replace(/ the .*/, ''), trouble: parts.trouble ?? 'was feeling sad' });
  // Far from home where the idea said ("at the airport"), else out past a hill the opening never named as home.
  // "looking for her mum": who the hero misses is said with the home they miss.
  if (archetype.id === 'way-home') values.missedHome = `${parts.reunitedWith ? `${parts.reunitedWith} and ` : ''}the little house with its warm yellow window`;
  if (archetype.id === 'way-home') Object.assign(values, parts.setting ? { away: atPlace(parts.setting), awayBrief: atPlace(parts.setting) } : { away: 'out beyond the big green hill', awayBrief: 'beyond a big green hill' });
  // A place that is home itself is never "a long way from home" (the sentence is left out).
  if (!parts.returnsHome) values.fromHome = 'from home';
  // "hoping to be picked for the parade": the thing hoped for is said come true, after whatever the plot ends on.
  const hoped = parts.hopedFor && !parts.goal ? `And the ${parts.hopedFor} was everything ${name} had hoped for.` : '';
  values.goalMet = [wishMet(archetype, parts, values, name), hoped].filter(Boolean).join(' ');
  Object.assign(values, safetyLessonValues(archetype.id, name, parts.grownUp));
  return {
    values,
    characters,
    stops: random.shuffle(storyStops(archetype, livesNear)),
    ...(lastStop ? { lastStop } : {}),
    storyTime,
    arrivalTime: archetype.id === 'way-home' || placeWord?.light === 'evening' ? 'evening' : placeWord?.light === 'night' ? 'night' : 'day',
    title: pickTitle(archetype, parts, random),
  };
}
