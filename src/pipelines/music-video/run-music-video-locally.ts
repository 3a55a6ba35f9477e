import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { KilnConfig } from '../../config/index.ts';
import { MemoryStepCache } from '../../engine/memory-step-cache.ts';
import type { ProgressEvent } from '../../engine/progress-event.ts';
import { runPipeline, type PipelineRunResult } from '../../engine/run-pipeline.ts';
import '../../providers/builtin/install-builtin-models.ts';
import { createProviderRegistry } from '../../providers/index.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { checkLocalFile } from './check-local-file.ts';
import { createLocalAssetStore } from './local-asset-store.ts';
import type { MusicVideoInput } from './music-video-input.ts';
import { musicVideoPipeline, type MusicVideoOutput } from './music-video-pipeline.ts';

export interface LocalMusicVideoOptions extends Partial<Omit<MusicVideoInput, 'songAssetId' | 'characterAssetIds'>> {
  songPath: string;
  characterPaths?: string[];
  /** Where final_video.mp4, analysis.json, the pictures and the thumbnail are written. */
  outDir: string;
  /** For the provider list (`capabilities.image`) and the backends' settings. */
  config: KilnConfig;
  signal?: AbortSignal;
  onEvent?: (event: ProgressEvent) => void;
}

export interface LocalMusicVideoResult {
  run: PipelineRunResult<MusicVideoOutput>;
  /** Paths of the files written into `outDir`, the video first. */
  files: string[];
}

/**
 * Runs the music video pipeline in this process, as `kiln musicvideo` and the benchmark do: inputs
 * go into a throwaway asset folder, steps cache in memory, and the results are copied out. No
 * database is opened, so this works beside a running server without touching its data.
 */
export async function runMusicVideoLocally(options: LocalMusicVideoOptions): Promise<LocalMusicVideoResult> {
  const { songPath, characterPaths = [], outDir, config, signal, onEvent, ...settings } = options;
  const songType = await checkLocalFile(songPath, 'song');
  const characterTypes = await Promise.all(characterPaths.map((path) => checkLocalFile(path, 'character image')));
  const workDir = await mkdtemp(join(tmpdir(), 'kiln-musicvideo-'));
  const providers = createProviderRegistry(config);
  try {
    const assets = await createLocalAssetStore(join(workDir, 'assets'));
    const put = async (path: string, mediaType: string) =>
      (await assets.put({ ownerId: localUserId, data: await readFile(path), mediaType, name: basename(path) })).id;
    const songAssetId = await put(songPath, songType);
    const characterAssetIds = await Promise.all(characterPaths.map((path, index) => put(path, characterTypes[index])));

    const run = await runPipeline(musicVideoPipeline, {
      jobId: randomUUID(),
      ownerId: localUserId,
      input: { ...settings, songAssetId, characterAssetIds },
      signal: signal ?? new AbortController().signal,
      cache: new MemoryStepCache(),
      services: { assets, providers, config },
      onEvent,
    });

    await mkdir(outDir, { recursive: true });
    const { videoAssetId, analysisAssetId, imageAssetIds, thumbnailAssetId } = run.output;
    const files: string[] = [];
    for (const id of [videoAssetId, analysisAssetId, ...imageAssetIds, thumbnailAssetId]) {
      const asset = await assets.get(localUserId, id);
      const target = join(outDir, asset.name);
      // Copied under a temporary name first, so an interrupted copy never looks like a finished file.
      await copyFile(await assets.localFile(asset, workDir), `${target}.partial`);
      await rename(`${target}.partial`, target);
      files.push(target);
    }
    return { run, files };
  } finally {
    await providers.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
