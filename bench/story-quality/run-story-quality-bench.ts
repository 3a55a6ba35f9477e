/**
 * Story quality of the built-in storyteller and illustrator over the held-out ideas
 * (held-out-ideas.json, written before tuning): does the idea's hero appear in the text and in every
 * picture, is the wish met by the end, are the titles distinct, and does any word of the idea that is
 * not the storyteller's own (its templates and vocabulary) reach the story, the pictures' briefs or the title. Run: npm run bench:story-quality. Prints one line per idea, then one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { deriveScene } from '../../src/media/illustrator/derive-scene.ts';
import { describeScene } from '../../src/media/illustrator/describe-scene.ts';
import { findTerms, termTable, tokenize } from '../../src/media/illustrator/find-terms.ts';
import { subjectWords } from '../../src/media/illustrator/scene-vocabulary.ts';
import { pictureSize, picturePrompt } from '../../src/pipelines/story/illustrate-step.ts';
import { storyRequestFor } from '../../src/pipelines/story/story-request-for.ts';
import { archetypes } from '../../src/providers/builtin/storyteller/choose-archetype.ts';
import * as vocabulary from '../../src/providers/builtin/storyteller/idea-vocabulary.ts';
import * as storyWorld from '../../src/providers/builtin/storyteller/story-world.ts';
import { settingBeat, windDownBeat } from '../../src/providers/builtin/storyteller/story-world.ts';
import { createStorytellerModel } from '../../src/providers/builtin/storyteller/storyteller-model.ts';
import { storyDraftJsonSchema, storyDraftSchema } from '../../src/providers/builtin/storyteller/story-draft.ts';
import { formatStoryRequest } from '../../src/providers/builtin/storyteller/story-request.ts';

interface HeldOutIdea { idea: string; hero: string; wish: string | null }

const { ideas } = JSON.parse(await readFile(new URL('./held-out-ideas.json', import.meta.url), 'utf8')) as { ideas: HeldOutIdea[] };
const model = createStorytellerModel({ provider: 'builtin', modelId: 'storyteller' });
const profile = { name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto' as const, language: 'en' };
const kindTable = termTable(subjectWords);

/** The kinds a text names, through the illustrator's own synonyms ("kitten" is a cat). */
function kindsIn(text: string): Set<string> {
  return new Set(findTerms(tokenize(text), kindTable).map((match) => match.value as string));
}

function hasWord(text: string, word: string): boolean {
  const stem = word.toLowerCase().replace(/s$/, '');
  return tokenize(text).some((token) => token === stem || token === `${stem}s` || token === `${stem}es`);
}

/** Every word the storyteller may write by itself: its templates, its vocabulary and the listener's profile. */
const ownWords = new Set(tokenize(JSON.stringify([archetypes, settingBeat, windDownBeat, storyWorld, vocabulary, profile], (_, value) => (value instanceof Set ? [...value] : value))));

/** The idea's words that reached the story without being the storyteller's own: echoed, not told. */
function echoedWords(idea: string, told: string): string[] {
  const story = new Set(tokenize(told));
  // A verb the storyteller conjugates ("build" in a title becomes "Builds") is still its own word.
  return [...new Set(tokenize(idea))].filter((word) => story.has(word) && !ownWords.has(word) && !ownWords.has(word.replace(/s$/, '')));
}

const totals = { ideas: ideas.length, heroInText: 0, heroInEveryPicture: 0, scenesWithHero: 0, scenes: 0, wishes: 0, wishMet: 0, echoed: 0 };
const titles = new Set<string>();
for (const [index, entry] of ideas.entries()) {
  const request = storyRequestFor({ prompt: entry.idea, profile, scenes: 4 });
  const result = await model.generate({ prompt: formatStoryRequest(request), schema: storyDraftJsonSchema, seed: 1000 + index });
  const story = storyDraftSchema.parse(result.json);
  const text = story.scenes.map((scene) => scene.text).join(' ');
  const heroInText = entry.hero === 'child' ? text.includes(profile.name) : kindsIn(text).has(entry.hero);
  let picturesWithHero = 0;
  for (const scene of story.scenes) {
    const drawn = deriveScene(picturePrompt(scene.illustration, story.characters, scene.text), { seed: 1000 + index, aspectRatio: pictureSize.width / pictureSize.height });
    if (kindsIn(describeScene(drawn)).has(entry.hero) && drawn.subjects.some((subject) => subject.kind === entry.hero)) picturesWithHero += 1;
  }
  const ending = story.scenes.slice(-2).map((scene) => scene.text).join(' ');
  const wishMet = entry.wish !== null && hasWord(ending, entry.wish);
  const echoed = echoedWords(entry.idea, `${story.title} ${text} ${story.scenes.map((scene) => scene.illustration).join(' ')}`);
  const pasted = echoed.length > 0 ? echoed.join(' ') : undefined;
  totals.heroInText += heroInText ? 1 : 0;
  totals.heroInEveryPicture += picturesWithHero === story.scenes.length ? 1 : 0;
  totals.scenesWithHero += picturesWithHero;
  totals.scenes += story.scenes.length;
  totals.wishes += entry.wish === null ? 0 : 1;
  totals.wishMet += wishMet ? 1 : 0;
  totals.echoed += pasted ? 1 : 0;
  titles.add(story.title);
  const marks = [heroInText ? 'text' : 'NO-TEXT', `pictures ${picturesWithHero}/${story.scenes.length}`, entry.wish === null ? '' : wishMet ? 'wish met' : 'WISH MISSED', pasted ? `ECHOED "${pasted}"` : ''];
  console.log(`${entry.idea.padEnd(62)} | ${story.title.padEnd(36)} | ${marks.filter(Boolean).join(', ')}`);
}
console.log(JSON.stringify({ bench: 'story-quality', backend: 'builtin:storyteller + builtin:illustrator', ...totals, distinctTitles: titles.size }));
