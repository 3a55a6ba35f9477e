import type { KilnConfig } from '../../config/index.ts';
import { ffmpegSpawnerAvailable, sharedFfmpegSpawner } from '../../media/ffmpeg/ffmpeg-spawner.ts';
import { sharedPngRenderThreadPool } from '../../media/illustrator/png-render-thread-pool.ts';
import { sharedEspeakThreadPool } from '../../providers/builtin/narrator/espeak-thread-pool.ts';
import { sharedClassifierThread } from '../../safety/picture-classifier/classifier-thread.ts';
import type { StoryMode } from './story-mode.ts';

/**
 * Starts what a story's first scene and its video will wait for, ahead of the work: the narrator's
 * eSpeak thread (which compiles its WASM as it starts), the illustrator's thread, the picture
 * classifier's thread (which loads its model as it starts: the largest of these, about 3 s of CPU)
 * and the ffmpeg spawner (whose fork is cheapest while this process is small). `kiln story` calls it
 * before its database starts, which keeps one core busy and leaves the other free for this.
 * Only what the configuration will use first is started; none of it changes what a story is.
 */
export function startStoryBackends(config: Pick<KilnConfig, 'capabilities'>, options: { mode: StoryMode; video: boolean }): void {
  if (options.video && process.env.KILN_FFMPEG_SPAWNER !== '0' && ffmpegSpawnerAvailable()) sharedFfmpegSpawner().startAhead();
  // Child mode runs the classifier on every picture, whichever backend draws it.
  if (options.mode === 'child') sharedClassifierThread()?.start();
  if (config.capabilities.speech?.[0] === 'builtin:narrator') sharedEspeakThreadPool()?.start();
  if (config.capabilities.image?.[0] === 'builtin:illustrator') sharedPngRenderThreadPool()?.start();
}
