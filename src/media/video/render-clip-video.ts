import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadInputError } from '../../engine/errors/index.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { joinPiecesWithSong } from './mux-song.ts';
import { planCuts, type CutPlan } from './plan-cuts.ts';
import { probeMedia } from './probe-media.ts';
import type { RenderBeatVideoOptions } from './render-beat-video.ts';

/** What one scene's moving clip must show. */
export interface ClipRequest {
  /** Position of the scene in the video. */
  sceneIndex: number;
  /** The key moment the scene shows (moments too close together are left out of the plan). */
  momentIndex: number;
  /** The scene's picture, where the clip starts. */
  startImagePath: string;
  /** The next scene's picture, where the clip ends (the scene's own for the last scene). */
  endImagePath: string;
  /** Frames the scene lasts in the video. */
  frames: number;
  fps: number;
}

/** A clip as its maker produced it, in any format ffmpeg reads (MP4, WebM, GIF). */
export interface MadeClip {
  data: Uint8Array;
  /** File extension without the dot, e.g. `mp4`. */
  extension: string;
}

export interface RenderClipVideoOptions extends Omit<RenderBeatVideoOptions, 'concurrency' | 'pieceSeconds'> {
  /** Makes the clip for one scene (an image-to-video model); called scene after scene. */
  makeClip(request: ClipRequest, signal?: AbortSignal): Promise<MadeClip>;
}

/**
 * Renders the music video from moving clips instead of Ken Burns stills: the same cut plan on beats,
 * one clip per scene that moves from its picture to the next one, each stretched (when short) and
 * cut to its scene's exact frame count so every cut still lands on its beat, then joined and muxed
 * with the song as the built-in path does. Scenes meet with hard cuts: the clip itself is the transition.
 */
export async function renderClipVideo(options: RenderClipVideoOptions): Promise<{ plan: CutPlan }> {
  const { fps, width, height } = options;
  if (options.imagePaths.length !== options.moments.length || options.moments.length === 0) {
    throw new BadInputError(`The video needs one picture per key moment; got ${options.imagePaths.length} pictures for ${options.moments.length} moments.`);
  }
  if (width % 2 !== 0 || height % 2 !== 0) throw new BadInputError(`The video size must be even for H.264; got ${width}x${height}.`);
  const plan = planCuts({
    duration: options.duration, fps, moments: options.moments, beats: options.beats, bpm: options.bpm, beatOffsetSeconds: options.beatOffsetSeconds,
  });
  const fadeIn = Math.round(Math.min(0.5, options.duration / 10) * fps);
  const fadeOut = Math.round(Math.min(1.5, options.duration / 10) * fps);

  const workDir = await mkdtemp(join(options.temporaryFolder ?? tmpdir(), 'kiln-clip-video-'));
  try {
    const piecePaths: string[] = [];
    for (const [sceneIndex, scene] of plan.scenes.entries()) {
      const frames = scene.endFrame - scene.startFrame;
      options.onProgress?.((0.9 * scene.startFrame) / plan.totalFrames, `making clip ${sceneIndex + 1} of ${plan.scenes.length}`);
      const next = plan.scenes[sceneIndex + 1] ?? scene;
      const clip = await options.makeClip({
        sceneIndex, momentIndex: scene.momentIndex, frames, fps,
        startImagePath: options.imagePaths[scene.momentIndex],
        endImagePath: options.imagePaths[next.momentIndex],
      }, options.signal);
      const clipPath = join(workDir, `clip-${String(sceneIndex).padStart(4, '0')}.${clip.extension.replace(/[^\w]/g, '') || 'mp4'}`);
      await writeFile(clipPath, clip.data);
      const piecePath = join(workDir, `piece-${String(sceneIndex).padStart(4, '0')}.mp4`);
      const fades = [
        ...(scene.startFrame === 0 && fadeIn > 0 ? [`fade=t=in:s=0:n=${Math.min(frames, fadeIn)}`] : []),
        ...(scene.endFrame === plan.totalFrames && fadeOut > 0 ? [`fade=t=out:s=${frames - Math.min(frames, fadeOut)}:n=${Math.min(frames, fadeOut)}`] : []),
      ];
      await runFfmpeg(fitClipArguments(clipPath, await clipSeconds(clipPath, options.signal), { frames, fps, width, height, fades }, piecePath), { signal: options.signal });
      piecePaths.push(piecePath);
    }
    options.onProgress?.(0.95, 'adding the song');
    await joinPiecesWithSong({ piecePaths, listPath: join(workDir, 'pieces.txt'), audioPath: options.audioPath, outputPath: options.outputPath, signal: options.signal });
    options.onProgress?.(1, 'done');
    return { plan };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function clipSeconds(path: string, signal?: AbortSignal): Promise<number | undefined> {
  const probed = await probeMedia(path, { signal });
  if (!probed.streams.some((stream) => stream.kind === 'video')) throw new BadInputError('The clip made for a scene has no video stream.');
  return probed.duration;
}

/**
 * ffmpeg arguments that fit a clip to its scene: a clip shorter than the scene is slowed so its
 * motion spans the scene (image-to-video models make a few seconds at most); the last frame is held
 * if rounding leaves it short, and the output stops at exactly `frames`.
 */
export function fitClipArguments(
  clipPath: string,
  seconds: number | undefined,
  target: { frames: number; fps: number; width: number; height: number; fades: string[] },
  outputPath: string,
): string[] {
  const sceneSeconds = target.frames / target.fps;
  const stretch = seconds && seconds > 0 && seconds < sceneSeconds ? sceneSeconds / seconds : 1;
  const filters = [
    ...(stretch > 1 ? [`setpts=${stretch.toFixed(6)}*PTS`] : []),
    `scale=${target.width}:${target.height}:force_original_aspect_ratio=increase:flags=bicubic`,
    `crop=${target.width}:${target.height}`,
    'setsar=1',
    `fps=${target.fps}`,
    `tpad=stop_mode=clone:stop_duration=${sceneSeconds.toFixed(3)}`,
    ...target.fades,
    'format=yuv420p',
  ];
  return [
    '-hide_banner', '-nostdin', '-v', 'error',
    '-i', clipPath,
    '-vf', filters.join(','),
    '-frames:v', String(target.frames),
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23',
    '-g', String(Math.round(target.fps * 4)),
    '-pix_fmt', 'yuv420p',
    '-video_track_timescale', String(Math.round(target.fps * 512)),
    '-an', '-y', outputPath,
  ];
}
