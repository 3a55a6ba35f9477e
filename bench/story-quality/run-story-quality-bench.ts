/**
 * Story quality of the built-in storyteller and illustrator over three held-out lists of ideas, each
 * written before the changes it measures (held-out-ideas.json, held-out-ideas-2.json, held-out-ideas-3.json; the fourth,
 * held-out-ideas-4.json, by an outside writer who read none of this code, is frozen: only its totals are printed; the fifth,
 * development-ideas-5.json, was written before the round that studies it and is printed in full; the sixth and seventh,
 * by another outside writer, were committed before either was scored: development-ideas-6.json studied, held-out-ideas-7.json frozen; the eighth,
 * development-ideas-8.json, a developer's own probes, studied; the ninth, by an outside writer given only a brief, committed
 * before either half was scored: development-ideas-9.json studied, held-out-ideas-9.json frozen; the tenth, likewise:
 * development-ideas-10.json studied, held-out-ideas-10.json frozen; the eleventh, by the same kind of writer, development-ideas-11.json and development-ideas-12.json, studied;
 * the twelfth, one batch of 180 split at random before either half was scored: development-ideas-13.json studied, held-out-ideas-11.json frozen;
 * the thirteenth, likewise: development-ideas-14.json studied, held-out-ideas-12.json frozen; the fourteenth, 120 ideas split
 * likewise: development-ideas-15.json studied, held-out-ideas-13.json frozen; the fifteenth, 120 ideas typed as parents type
 * them, likewise: development-ideas-16.json studied, held-out-ideas-14.json frozen; the sixteenth, likewise: development-ideas-17.json studied, held-out-ideas-15.json frozen; the seventeenth, likewise:
 * development-ideas-18.json studied, held-out-ideas-16.json frozen): is the
 * idea's hero in the text and in every picture, is the wish met in the last scene (in the idea's own
 * word), does a title name a place the idea does not, does any picture contradict its scene's text
 * (read from the scene description the illustrator drew from), does the character card hold in every
 * picture, does any word of the idea that is not the storyteller's own reach the child, and, where a list gives
 * the places an idea names, is each told in the story and drawn in some picture. Run:
 * npm run bench:story-quality (`-- --list FILE` for one list of your own). Prints one line per idea, then one JSON line per list and a last one with all of them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deriveScene } from '../../src/media/illustrator/derive-scene.ts';
import { kindOfLooks } from '../../src/media/illustrator/read-card-stand-ins.ts';
import { tokenize } from '../../src/media/illustrator/find-terms.ts';
import { settingWords } from '../../src/media/illustrator/scene-vocabulary.ts';
import { pictureSize, picturePrompt } from '../../src/pipelines/story/illustrate-step.ts';
import { storyRequestFor } from '../../src/pipelines/story/story-request-for.ts';
import { characterNameWords } from '../../src/providers/builtin/storyteller/plan-story.ts';
import { archetypes } from '../../src/providers/builtin/storyteller/choose-archetype.ts';
import * as vocabulary from '../../src/providers/builtin/storyteller/idea-vocabulary.ts';
import * as storyWorld from '../../src/providers/builtin/storyteller/story-world.ts';
import { settingBeat, windDownBeat } from '../../src/providers/builtin/storyteller/story-world.ts';
import { createStorytellerModel } from '../../src/providers/builtin/storyteller/storyteller-model.ts';
import { storyDraftJsonSchema, storyDraftSchema } from '../../src/providers/builtin/storyteller/story-draft.ts';
import { formatStoryRequest } from '../../src/providers/builtin/storyteller/story-request.ts';
import { lemmasOf } from '../../src/safety/wordnet-lexicon.ts';
import { changingColours, contradictions, hasWord, kindsIn, settingsOf, showsHero } from './check-story-pictures.ts';

/** `places`: the place words the idea names, where the list gives them ("at the beach" → beach). */
interface HeldOutIdea { idea: string; hero: string; wish: string | null; places?: string[] }

const model = createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' });
const profile = { name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto' as const, language: 'en' };

/** Every word the storyteller may write by itself: its templates, its vocabulary and the listener's profile. */
const ownWords = new Set(tokenize(JSON.stringify([archetypes, settingBeat, windDownBeat, storyWorld, vocabulary, profile], (_, value) => (value instanceof Set ? [...value] : value))));
/** Place words a title may name: the storyteller's places and the illustrator's settings. */
const placeTitleWords = new Set(tokenize([...Object.keys(vocabulary.placeWords), ...Object.values(vocabulary.placeWords).map((place) => place.phrase), ...Object.values(settingWords).flatMap((words) => words.strong)].join(' ')));
['the', 'of', 'a', 'big', 'end', 'top', 'lights', 'old', 'faraway', 'outer', 'northern', 'open', 'deep', 'under', 'in', 'on', 'surface', 'floor'].forEach((word) => placeTitleWords.delete(word));

/** The idea's words that reached the story without being the storyteller's own or a part of the vetted outline (hero, goal, thing): echoed, not told. */
function echoedWords(idea: string, told: string, outline: string): string[] {
  const story = new Set(tokenize(told));
  const vetted = new Set(tokenize(outline));
  // "counts" in a title is the vetted "count" told in the third person, not the idea's word echoed.
  // "Zara's" in the idea and "Zara's Big Day": the vetted name "Zara" with its "'s", which tokens write as one word.
  const possessives = new Set([...idea.toLowerCase().matchAll(/(\p{L}+)['’]s\b/gu)].map((match) => `${match[1]}s`));
  const isVetted = (word: string) => vetted.has(word) || lemmasOf(word, 'verb').some((lemma) => vetted.has(lemma)) || (possessives.has(word) && vetted.has(word.slice(0, -1)));
  return [...new Set(tokenize(idea))].filter((word) => story.has(word) && !isVetted(word) && !ownWords.has(word) && !ownWords.has(word.replace(/s$/, '')));
}

async function runList(file: string, seedBase: number, options: { frozen?: boolean } = {}) {
  const { ideas } = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8')) as { ideas: HeldOutIdea[] };
  const totals = { list: file, ideas: ideas.length, heroInText: 0, heroInEveryPicture: 0, scenesWithHero: 0, scenes: 0, wishes: 0, wishMetLastScene: 0, titlesNamingAPlaceNotInTheIdea: 0, picturesContradictingText: 0, storiesWithChangingColours: 0, echoed: 0, distinctTitles: 0,
    ideasWithPlaces: 0, placesInText: 0, placesDrawn: 0 };
  const titles = new Set<string>();
  for (const [index, entry] of ideas.entries()) {
    const request = storyRequestFor({ prompt: entry.idea, profile, scenes: 4 });
    const result = await model.generate({ prompt: formatStoryRequest(request), schema: storyDraftJsonSchema, seed: seedBase + index });
    const story = storyDraftSchema.parse(result.json);
    const text = story.scenes.map((scene) => scene.text).join(' ');
    // The listener as hero is told by the profile's name, or by the name the idea gives them ("my daughter Emma").
    const heroCharacter = story.characters.find((character) => character.role === 'hero');
    const childNames = [profile.name, ...(heroCharacter && entry.idea.includes(heroCharacter.name) ? [heroCharacter.name] : [])];
    const heroInText = entry.hero === 'child' ? childNames.some((childName) => text.includes(childName)) : hasWord(text, entry.hero) || kindsIn(text).has(entry.hero);
    const card = story.characters.map((character) => `${character.name} ${character.looks}`).join(' ');
    const drawn = story.scenes.map((scene) => deriveScene(picturePrompt(scene.illustration, story.characters, scene.text), { seed: seedBase + index, aspectRatio: pictureSize.width / pictureSize.height }));
    // A list may name the hero by the name the idea gave it ("priya" for "a little girl named Priya"): a picture shows her
    // when it draws the story's character of that name, by the kind its card gives ("Priya: a girl with …").
    const namedCharacter = story.characters.find((character) => character.name.toLowerCase() === entry.hero);
    const pictureHero = (namedCharacter && kindOfLooks(namedCharacter.looks)) ?? entry.hero;
    const picturesWithHero = drawn.filter((scene) => showsHero(scene, pictureHero)).length;
    const names = characterNameWords(story.characters);
    const wrong = drawn.flatMap((scene, at) => contradictions(scene, story.scenes[at].text, card, names).map((problem) => `scene ${at + 1}: ${problem}`));
    const changing = changingColours(drawn);
    const wishMet = entry.wish !== null && hasWord(story.scenes.at(-1)!.text, entry.wish);
    // The idea's word in the singular as well: "fairies" names the title's "fairy".
    const singular = (word: string) => word.replace(/ies$/, 'y').replace(/s$/, '');
    const titlePlaces = tokenize(story.title).filter((word) => placeTitleWords.has(word) && !tokenize(entry.idea).some((ideaWord) => ideaWord === word || singular(ideaWord) === singular(word)));
    const echoed = echoedWords(entry.idea, `${story.title} ${text} ${story.scenes.map((scene) => scene.illustration).join(' ')}`, request.outline ?? '');
    // The idea's places: each said somewhere in the story, and each the illustrator can draw drawn in some picture.
    const places = entry.places ?? [];
    const placesLost = places.filter((place) => !hasWord(text, place));
    const placesUndrawn = places.filter((place) => settingsOf(place).size > 0 && !drawn.some((scene) => settingsOf(place).has(scene.setting)));
    totals.ideasWithPlaces += places.length > 0 ? 1 : 0;
    totals.placesInText += places.length > 0 && placesLost.length === 0 ? 1 : 0;
    totals.placesDrawn += places.length > 0 && placesUndrawn.length === 0 ? 1 : 0;
    totals.heroInText += heroInText ? 1 : 0;
    totals.heroInEveryPicture += picturesWithHero === story.scenes.length ? 1 : 0;
    totals.scenesWithHero += picturesWithHero;
    totals.scenes += story.scenes.length;
    totals.wishes += entry.wish === null ? 0 : 1;
    totals.wishMetLastScene += wishMet ? 1 : 0;
    totals.titlesNamingAPlaceNotInTheIdea += titlePlaces.length > 0 ? 1 : 0;
    totals.picturesContradictingText += new Set(wrong.map((problem) => problem.split(':')[0])).size;
    totals.storiesWithChangingColours += changing.length > 0 ? 1 : 0;
    totals.echoed += echoed.length > 0 ? 1 : 0;
    titles.add(story.title);
    const marks = [
      heroInText ? 'text' : 'NO-TEXT', `pictures ${picturesWithHero}/${story.scenes.length}`, entry.wish === null ? '' : wishMet ? 'wish met' : 'WISH MISSED',
      titlePlaces.length > 0 ? `TITLE PLACE "${titlePlaces.join(' ')}"` : '', changing.length > 0 ? `COLOURS ${changing.join(', ')}` : '',
      wrong.length > 0 ? `CONTRADICTS ${wrong.join('; ')}` : '', echoed.length > 0 ? `echoed "${echoed.join(' ')}"` : '',
      placesLost.length > 0 ? `PLACE NOT TOLD ${placesLost.join('/')}` : '', placesUndrawn.length > 0 ? `PLACE NOT DRAWN ${placesUndrawn.join('/')}` : '',
    ];
    // A frozen list is scored, never studied: its ideas and their marks are not printed.
    if (!options.frozen) console.log(`${entry.idea.padEnd(62)} | ${story.title.padEnd(40)} | ${marks.filter(Boolean).join(', ')}`);
  }
  totals.distinctTitles = titles.size;
  return totals;
}

// `-- --list FILE` scores one list of your own (a probe), printed idea by idea, instead of the committed ones.
const own = process.argv.indexOf('--list');
const lists = own > 0 ? [await runList(pathToFileURL(path.resolve(process.argv[own + 1])).href, 9000)] : [
  await runList('./held-out-ideas.json', 1000), await runList('./held-out-ideas-2.json', 2000), await runList('./held-out-ideas-3.json', 3000),
  await runList('./held-out-ideas-4.json', 4000, { frozen: true }), await runList('./development-ideas-5.json', 5000),
  await runList('./development-ideas-6.json', 6000), await runList('./held-out-ideas-7.json', 7000, { frozen: true }),
  await runList('./development-ideas-8.json', 8000),
  await runList('./development-ideas-9.json', 10000), await runList('./held-out-ideas-9.json', 11000, { frozen: true }),
  await runList('./development-ideas-10.json', 12000), await runList('./held-out-ideas-10.json', 13000, { frozen: true }),
  await runList('./development-ideas-11.json', 14000), await runList('./development-ideas-12.json', 15000),
  await runList('./development-ideas-13.json', 16000), await runList('./held-out-ideas-11.json', 17000, { frozen: true }),
  await runList('./development-ideas-14.json', 18000), await runList('./held-out-ideas-12.json', 19000, { frozen: true }),
  await runList('./development-ideas-15.json', 20000), await runList('./held-out-ideas-13.json', 21000, { frozen: true }),
  await runList('./development-ideas-16.json', 22000), await runList('./held-out-ideas-14.json', 23000, { frozen: true }),
  await runList('./development-ideas-17.json', 24000), await runList('./held-out-ideas-15.json', 25000, { frozen: true }),
  await runList('./development-ideas-18.json', 26000), await runList('./held-out-ideas-16.json', 27000, { frozen: true }),
];
for (const list of lists) console.log(JSON.stringify({ bench: 'story-quality', ...list }));
const sum = (key: keyof (typeof lists)[number]) => lists.reduce((total, list) => total + (list[key] as number), 0);
console.log(JSON.stringify({
  bench: 'story-quality', backend: 'builtin:storyteller + builtin:illustrator', lists: lists.length, ideas: sum('ideas'), heroInText: sum('heroInText'), heroInEveryPicture: sum('heroInEveryPicture'),
  wishes: sum('wishes'), wishMetLastScene: sum('wishMetLastScene'), titlesNamingAPlaceNotInTheIdea: sum('titlesNamingAPlaceNotInTheIdea'),
  picturesContradictingText: sum('picturesContradictingText'), scenes: sum('scenes'), storiesWithChangingColours: sum('storiesWithChangingColours'), echoed: sum('echoed'),
  ideasWithPlaces: sum('ideasWithPlaces'), placesInText: sum('placesInText'), placesDrawn: sum('placesDrawn'),
}));
