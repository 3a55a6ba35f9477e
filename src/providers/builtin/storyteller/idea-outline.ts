import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { isSafetyLesson, safetyLessonIds, safetyLessons } from '../../../safety/find-safety-lesson.ts';
import { isFamilyGrownUp } from './archetypes/safety-lessons.ts';
import { heritageWords, namesHeritage } from './read-heritage.ts';
import { isHeroNameShape } from './read-hero-name.ts';
import { beingOf } from './find-idea-hero.ts';
import { withArticle } from './fill-template.ts';
import { isKnownNamedPlace } from './named-place.ts';
import { isFamilyWord } from './read-way-home.ts';
import { heroTraits, personWords } from './idea-vocabulary.ts';
import type { IdeaParts, PlotShape, TimeOfDay } from './idea-parts.ts';

/**
 * The outline is the only form of an idea a model gets in child mode: labelled parts, each a
 * vocabulary word that passed the safety check, joined by Kiln. Language models read it as plain
 * words; the built-in storyteller reads it back into the same parts (readOutline), so both write from
 * exactly what was vetted and never from the parent's sentence.
 */
const labels = {
  plot: 'plot', hero: 'hero', heroName: "hero's name", companions: 'companions', wish: 'wish', trip: 'the trip', lost: 'lost thing', make: 'thing to make',
  lesson: 'lesson', grownUp: 'grown-up', goal: 'goal', hopedFor: 'hoped for', props: 'things in the story', fear: 'afraid of', trouble: 'trouble', feeling: 'feeling', setting: 'setting', home: 'home', reunited: 'back with', time: 'time of day',
} as const;
const plots: PlotShape[] = ['journey', 'way-home', 'happy-day', 'lost-and-found', 'small-fear', 'making-something', 'helping-a-friend', 'wish', ...safetyLessonIds];
const times: TimeOfDay[] = ['morning', 'day', 'evening', 'night'];

/** The outline line language models get: only the idea's checked parts, in plain words. */
export function describeIdeaParts(parts: IdeaParts): string {
  // "an otter", "an old owl": a model reads the outline as English.
  // "a little Hindu girl": the hero's people or faith stands just before it (readOutline reads it back from there).
  const heritage = heritageWords(parts.heritage);
  const hero = parts.hero ? withArticle([...parts.traits, ...heritage, parts.hero.word].join(' ')) : `the listener${parts.listener ? `, ${withArticle([...heritage, parts.listener].join(' '))}` : ''}`;
  const lines = [`${labels.plot}: ${parts.plot.replaceAll('-', ' ')}`, `${labels.hero}: ${hero}`];
  if (parts.heroName && (parts.hero || parts.listener)) lines.push(`${labels.heroName}: ${parts.heroName}`);
  // One of Kiln's own safety stories: a model is told the lesson in Kiln's words, never the parent's.
  if (isSafetyLesson(parts.plot)) lines.push(`${labels.lesson}: ${safetyLessons[parts.plot].lesson.replaceAll(';', ',')}`);
  if (parts.grownUp) lines.push(`${labels.grownUp}: ${parts.grownUp}`);
  if (parts.companions.length > 0) lines.push(`${labels.companions}: ${parts.companions.map((being) => withArticle(being.word)).join(', ')}`);
  if (parts.destination) lines.push(`${labels.wish}: ${parts.returnsHome ? 'to get back home to' : 'to reach'} ${parts.destination}`);
  if (parts.trip) lines.push(`${labels.trip}: to ${parts.trip}`);
  if (parts.thing) lines.push(`${parts.plot === 'lost-and-found' ? labels.lost : labels.make}: ${parts.thing}`);
  // "goal: flying" when the idea said "dreams of flying"; "goal: to fly" when it said "wants to fly".
  if (parts.goal) lines.push(`${labels.goal}: ${parts.goalDoing ?? `to ${parts.goal}`}`);
  if (parts.hopedFor) lines.push(`${labels.hopedFor}: the ${parts.hopedFor}`);
  if (parts.props) lines.push(`${labels.props}: ${parts.props.join(', ')}`);
  if (parts.fear) lines.push(`${labels.fear}: ${parts.fear}`);
  if (parts.trouble) lines.push(`${labels.trouble}: the friend ${parts.trouble}`);
  if (parts.feeling) lines.push(`${labels.feeling}: ${parts.feeling}`);
  if (parts.setting) lines.push(`${labels.setting}: ${parts.setting}`);
  if (parts.homeIn) lines.push(`${labels.home}: ${parts.homeIn}`);
  if (parts.reunitedWith) lines.push(`${labels.reunited}: ${parts.reunitedWith}`);
  if (parts.time) lines.push(`${labels.time}: ${parts.time}`);
  return lines.join('; ');
}

const withoutArticle = (phrase: string) => phrase.replace(/^an?\s+/, '');

/** "to fly" is the goal fly; "flying" the same goal said as a doing. */
function goalOf(field: string | undefined): Pick<IdeaParts, 'goal' | 'goalDoing'> {
  if (field === undefined) return {};
  if (/^to\s/.test(field)) return { goal: field.replace(/^to\s+/, '') };
  const [doing, ...rest] = field.split(' ');
  const verb = lemmasOf(doing, 'verb').find((lemma) => lemma !== doing);
  return verb && doing.endsWith('ing') ? { goal: [verb, ...rest].join(' '), goalDoing: field } : { goal: field };
}

/** "her mum", "his grandpa": family owned as the way-home reader writes it. */
function isOwnedFamily(text: string): boolean {
  const match = /^(?:his|her|their|its) (\p{L}+)$/u.exec(text);
  return match !== null && isFamilyWord(match[1]);
}

/** The parts an outline names, or undefined when the text is not an outline (no plot line). */
export function readOutline(outline: string): IdeaParts | undefined {
  const fields = new Map<string, string>();
  for (const item of outline.split(';')) {
    const colon = item.indexOf(':');
    if (colon > 0) fields.set(item.slice(0, colon).trim().toLowerCase(), item.slice(colon + 1).trim());
  }
  const plot = fields.get(labels.plot)?.replaceAll(' ', '-') as PlotShape | undefined;
  if (!plot || !plots.includes(plot)) return undefined;
  const heroWordsAndTraits = withoutArticle(fields.get(labels.hero) ?? '').split(/\s+/).filter(Boolean);
  // "a little red fire engine": the leading describing words are traits, the rest is the hero's name for itself.
  // "an orange", "a little orange": a hero named by a word that can also describe is that word when nothing follows it.
  const firstNotTrait = heroWordsAndTraits.findIndex((word) => !heroTraits.has(word));
  const traitCount = firstNotTrait < 0 && heroWordsAndTraits.length > 0 ? heroWordsAndTraits.length - 1 : firstNotTrait;
  // "the listener, a girl": the listener is the hero, and the idea called them a girl ("a Hindu girl": and gave their faith).
  const listener = /^the listener(?:, an? (?:(\p{L}+) )?(\p{L}+))?$/u.exec(fields.get(labels.hero) ?? '');
  const heroRest = traitCount < 0 ? [] : heroWordsAndTraits.slice(traitCount);
  const heritageSaid = listener ? listener[1] : heroRest.length > 1 ? heroRest[0] : undefined;
  const heritage = heritageSaid && namesHeritage(heritageSaid.toLowerCase()) ? heritageSaid.toLowerCase() : undefined;
  const heroWord = listener || traitCount < 0 ? undefined : heroRest.slice(heritage ? 1 : 0).join(' ');
  const time = fields.get(labels.time) as TimeOfDay | undefined;
  const props = (fields.get(labels.props) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  const parts: IdeaParts = {
    // Any hero the outline names: the parser put it there from the vocabulary or from WordNet, and it passed the check.
    hero: heroWord ? beingOf(heroWord) : undefined,
    // The name the idea gave the hero, as read-hero-name.ts let it through: a capitalised word, with a title at most.
    ...((heroWord || listener) && isHeroNameShape(fields.get(labels.heroName) ?? '') ? { heroName: fields.get(labels.heroName) } : {}),
    ...(listener?.[2] && personWords.has(listener[2]) ? { listener: listener[2] } : {}),
    traits: heroWord ? heroWordsAndTraits.slice(0, traitCount) : [],
    ...(heritage ? { heritage } : {}),
    companions: (fields.get(labels.companions) ?? '').split(',').map((item) => withoutArticle(item.trim())).filter(Boolean).map((word) => beingOf(word)),
    destination: fields.get(labels.wish)?.replace(/^to (?:reach|get back home to)\s+/, ''),
    ...(/^to get back home to\s/.test(fields.get(labels.wish) ?? '') ? { returnsHome: true } : {}),
    ...(/^to \S/.test(fields.get(labels.trip) ?? '') ? { trip: fields.get(labels.trip)!.slice(3) } : {}),
    setting: fields.get(labels.setting),
    // "home: Antarctica": only a place known by its name, as the reader wrote it.
    ...(isKnownNamedPlace(fields.get(labels.home) ?? '') ? { homeIn: fields.get(labels.home) } : {}),
    // "back with: her mum": only family, owned, as the reader wrote it.
    ...(isOwnedFamily(fields.get(labels.reunited) ?? '') ? { reunitedWith: fields.get(labels.reunited) } : {}),
    thing: fields.get(plot === 'lost-and-found' ? labels.lost : labels.make),
    ...goalOf(fields.get(labels.goal)),
    ...(props.length > 0 ? { props } : {}),
    ...(/^the [a-z]+$/.test(fields.get(labels.hopedFor) ?? '') ? { hopedFor: fields.get(labels.hopedFor)!.slice(4) } : {}),
    fear: fields.get(labels.fear),
    trouble: fields.get(labels.trouble)?.replace(/^the friend\s+/, ''),
    feeling: fields.get(labels.feeling),
    time: time && times.includes(time) ? time : undefined,
    ...(isSafetyLesson(plot) && isFamilyGrownUp(fields.get(labels.grownUp) ?? '') ? { grownUp: fields.get(labels.grownUp) } : {}),
    plot,
  };
  return parts;
}
