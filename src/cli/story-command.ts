import { mkdir, mkdtemp, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { BadInputError, KilnError } from '../engine/errors/index.ts';
import { checkStoryPrompt } from '../pipelines/story/check-prompt-step.ts';
import { describeIdeaUsage } from '../pipelines/story/describe-idea-usage.ts';
import { useJapaneseDictionaryFolder } from '../safety/read-japanese-idea.ts';
import { describeIdeaChecker } from '../safety/describe-idea-checker.ts';
import { profileFieldsSchema } from '../pipelines/story/profile-store.ts';
import { createStoryStore, type StoryRecord } from '../pipelines/story/story-store.ts';
import { storyModeFor } from '../pipelines/story/story-mode.ts';
import { storyPipeline } from '../pipelines/story/story-pipeline.ts';
import { startStoryBackends } from '../pipelines/story/start-story-backends.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import type { KilnRuntime } from '../runtime/contracts.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { describeMadeBy } from './describe-made-by.ts';
import { waitForJob } from './wait-for-job.ts';

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function readOptions(args: string[]) {
  const { values, positionals } = parseCommandLine(args, {
    name: { type: 'string', default: 'the child' }, age: { type: 'string', default: '5' }, interests: { type: 'string' },
    favourites: { type: 'string' }, 'reading-level': { type: 'string', default: 'auto' }, language: { type: 'string', default: 'en' },
    voice: { type: 'string' }, scenes: { type: 'string' }, 'no-video': { type: 'boolean', default: false }, portrait: { type: 'boolean', default: false }, seed: { type: 'string' },
    out: { type: 'string' }, json: { type: 'boolean', default: false },
  }, true);
  const prompt = positionals.join(' ');
  if (!prompt.trim()) throw new BadInputError('Say what the story is about, e.g. kiln story "a sleepy dragon who lost his blanket" --out ./story.');
  if (!values.out) throw new BadInputError('Name a folder for the story with --out DIR.');
  const checked = profileFieldsSchema.safeParse({
    name: values.name, age: integerFlag(values.age, 'age', { min: 1, max: 14 }), interests: list(values.interests),
    favouriteThings: list(values.favourites), readingLevel: values['reading-level'], language: values.language, preferredVoice: values.voice ?? null,
  });
  if (!checked.success) throw new BadInputError(`The child's details are not valid: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`);
  return {
    prompt, profile: { ...checked.data, id: null }, out: resolve(values.out), json: values.json,
    scenes: integerFlag(values.scenes, 'scenes', { min: 1, max: 12 }) ?? 4, video: !values['no-video'], videoShape: values.portrait ? 'portrait' as const : 'landscape' as const,
    seed: integerFlag(values.seed, 'seed', { min: 0, max: 2_147_483_647 }) ?? Math.floor(Math.random() * 2_147_483_647),
  };
}

/** What the parent is told of their idea: the parts used and the words not understood. */
function usageLines(story: StoryRecord): string {
  return describeIdeaUsage(story.content).map((line) => `\n${line}`).join('');
}

/** Which language model judged the idea fit for a bedtime story, when one did (see ask-idea-fitness.ts). */
function ideaCheckLine(story: StoryRecord): string {
  const { ideaCheck, ideaUnchecked } = story.content;
  if (ideaCheck) return `\nChecked by ${describeIdeaChecker(ideaCheck)} before writing.`;
  if (!ideaUnchecked) return '';
  return `\nNo language model could check the idea (${ideaUnchecked.map((skipped) => `${skipped.candidate}: ${skipped.reason}`).join('; ')}), so only the built-in storyteller wrote it, from the parts of the idea it knows.`;
}

/** story.md: the title, then each scene's picture and text, for reading or printing. */
function markdownOf(story: StoryRecord): string {
  const scenes = story.content.scenes.map((scene, index) => {
    const number = String(index + 1).padStart(2, '0');
    return `![${scene.altText.replaceAll(']', '')}](scene-${number}.png)\n\n${scene.text}\n`;
  });
  const local = story.content.checkedLocallyOnly ? '\n_Checked by the local safety layers only._\n' : '';
  return `# ${story.title}\n\n${scenes.join('\n')}${local}`;
}

async function exportStory(runtime: KilnRuntime, story: StoryRecord, folder: string): Promise<string[]> {
  const written: string[] = [];
  const save = async (name: string, data: Uint8Array | string) => {
    await writeFile(join(folder, name), data);
    written.push(name);
  };
  for (const [index, scene] of story.content.scenes.entries()) {
    const number = String(index + 1).padStart(2, '0');
    await save(`scene-${number}.png`, await runtime.assets.read(await runtime.assets.get(localUserId, scene.imageAssetId)));
    const audio = await runtime.assets.get(localUserId, scene.audioAssetId);
    await save(`scene-${number}.${audio.name.split('.').pop()}`, await runtime.assets.read(audio));
  }
  for (const [assetId, name] of [[story.content.videoAssetId, 'story.mp4'], [story.content.subtitlesAssetId, 'story.vtt']] as const) {
    if (assetId) await save(name, await runtime.assets.read(await runtime.assets.get(localUserId, assetId)));
  }
  await save('story.json', `${JSON.stringify({ prompt: story.prompt, ...story.content }, null, 2)}\n`);
  await save('story.md', markdownOf(story));
  return written;
}

/**
 * `kiln story "idea" --name Mia --age 5 --out DIR`: writes a story here, in-process, on a temporary
 * database (never a running server's folder), then copies it to DIR. A refused prompt exits 2 and writes nothing.
 */
export async function storyCommand(args: string[]): Promise<number> {
  const options = readOptions(args);
  const userConfig = await loadConfig({ cwd: process.cwd(), env: process.env });
  useJapaneseDictionaryFolder(userConfig.dataDir);
  const checked = await checkStoryPrompt(options.prompt, storyModeFor(userConfig.safety, localUserId), userConfig.safety.termsFile);
  const existing = await readdir(options.out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new BadInputError(`${options.out} is a file; name a new or empty folder with --out.`);
    throw error;
  });
  if (existing.length > 0) throw new BadInputError(`${options.out} is not empty; name a new or empty folder with --out.`);
  startStoryBackends(userConfig, { mode: storyModeFor(userConfig.safety, localUserId), video: options.video });
  const dataDir = await mkdtemp(join(tmpdir(), 'kiln-story-'));
  try {
    const config = { ...userConfig, dataDir, databaseUrl: undefined };
    // Only the story pipeline: this runtime runs one story, and loading the other studios cost a second of start-up.
    const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: 1, pipelines: [storyPipeline] });
    try {
      const created = await runtime.jobs.create(localUserId, 'story', {
        prompt: checked.prompt, notes: checked.notes, profile: options.profile, scenes: options.scenes, video: options.video, videoShape: options.videoShape, seed: options.seed,
      });
      const job = await waitForJob(runtime, created, { json: options.json });
      if (job.state !== 'succeeded') throw new KilnError((job.error?.code ?? 'internal') as KilnError['code'], `The story was not made: ${job.error?.message ?? job.state}.`);
      const story = await createStoryStore(runtime.database!).get(localUserId, (job.output as { storyId: string }).storyId);
      // Written beside the target, then renamed: an interrupted export leaves no half-filled folder.
      await mkdir(dirname(options.out), { recursive: true });
      const staging = await mkdtemp(join(dirname(options.out), '.kiln-story-'));
      try {
        const files = await exportStory(runtime, story, staging);
        // Only an empty folder gives way: anything put there while the story was made is kept.
        await rmdir(options.out).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return;
          if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST' || error.code === 'ENOTDIR') {
            throw new BadInputError(`${options.out} is no longer an empty folder; the story was not written. Name a new or empty folder with --out.`);
          }
          throw error;
        });
        await rename(staging, options.out);
        const madeBy = describeMadeBy(job, config);
        if (options.json) process.stdout.write(`${JSON.stringify({ out: options.out, title: story.title, files, ...madeBy.json })}\n`);
        else process.stdout.write(`${story.title}\n${files.length} files in ${options.out}${story.content.notes.map((note) => `\nNote: ${note}`).join('')}${usageLines(story)}${ideaCheckLine(story)}\n${madeBy.text}`);
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
      return 0;
    } finally {
      await runtime.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
