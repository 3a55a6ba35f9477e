/**
 * Story quality of the built-in storyteller and illustrator over the held-out ideas
 * (held-out-ideas.json, written before tuning): does the idea's hero appear in the text and in every
 * picture, is the wish met by the end, are the titles distinct, and does any of the idea's own wording
 * reach the story. Run: npm run bench:story-quality. Prints one line per idea, then one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { deriveScene } from '../../src/media/illustrator/derive-scene.ts';
import { describeScene } from '../../src/media/illustrator/describe-scene.ts';
import { findTerms, termTable, tokenize } from '../../src/media/illustrator/find-terms.ts';
import { subjectWords } from '../../src/media/illustrator/scene-vocabulary.ts';
import { pictureSize, picturePrompt } from '../../src/pipelines/story/illustrate-step.ts';
import { storyRequestFor } from '../../src/pipelines/story/story-request-for.ts';
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

/** The longest run of the idea's words (four or more) that the story repeats word for word. */
function pastedRun(idea: string, text: string): string | undefined {
  const ideaWords = tokenize(idea);
  const story = ` ${tokenize(text).join(' ')} `;
  for (let length = ideaWords.length; length >= 4; length -= 1) {
    for (let start = 0; start + length <= ideaWords.length; start += 1) {
      const run = ideaWords.slice(start, start + length).join(' ');
      if (story.includes(` ${run} `)) return run;
    }
  }
  return undefined;
}

const totals = { ideas: ideas.length, heroInText: 0, heroInEveryPicture: 0, scenesWithHero: 0, scenes: 0, wishes: 0, wishMet: 0, pasted: 0 };
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
  const pasted = pastedRun(entry.idea, `${story.title} ${text} ${story.scenes.map((scene) => scene.illustration).join(' ')}`);
  totals.heroInText += heroInText ? 1 : 0;
  totals.heroInEveryPicture += picturesWithHero === story.scenes.length ? 1 : 0;
  totals.scenesWithHero += picturesWithHero;
  totals.scenes += story.scenes.length;
  totals.wishes += entry.wish === null ? 0 : 1;
  totals.wishMet += wishMet ? 1 : 0;
  totals.pasted += pasted ? 1 : 0;
  titles.add(story.title);
  const marks = [heroInText ? 'text' : 'NO-TEXT', `pictures ${picturesWithHero}/${story.scenes.length}`, entry.wish === null ? '' : wishMet ? 'wish met' : 'WISH MISSED', pasted ? `PASTED "${pasted}"` : ''];
  console.log(`${entry.idea.padEnd(62)} | ${story.title.padEnd(36)} | ${marks.filter(Boolean).join(', ')}`);
}
console.log(JSON.stringify({ bench: 'story-quality', backend: 'builtin:storyteller + builtin:illustrator', ...totals, distinctTitles: titles.size }));
