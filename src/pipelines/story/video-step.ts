import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { readWav } from '../../providers/builtin/narrator/wav-audio.ts';
import sharp from 'sharp';
import { clipSeconds, inBatches, renderSceneClip } from './render-scene-clip.ts';
import { storyCues, toSrt, toWebVtt } from './subtitles.ts';
import { videoFrameSize, videoShapeSchema } from './video-frame-size.ts';
import { requiredService } from '../../runtime/step-services.ts';

const timingSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });

/**
 * The story as one MP4: each scene's picture with a slow pan (gentle motion) for as long as its
 * narration, rendered two scenes at a time and joined without re-encoding; the narration, encoded
 * once beside them; and the sentences as a mov_text subtitle track (not burnt in, so players can turn them off). Also stores the subtitles
 * as WebVTT for the web player.
 */
export const videoStep = defineStep({
  id: 'story.video',
  version: 3,
  input: z.object({
    title: z.string(),
    scenes: z.array(z.object({ imageAssetId: z.string(), audioAssetId: z.string(), timings: z.array(timingSchema) })),
    shape: videoShapeSchema.default('landscape'),
  }),
  output: z.object({ videoAssetId: z.string(), subtitlesAssetId: z.string(), durationSeconds: z.number() }),
  timeoutMs: 5 * 60_000,
  async run(input, context) {
    const assets = requiredService(context.services, 'assets');
    const folder = await mkdtemp(join(context.temporaryFolder, 'kiln-story-video-'));
    try {
      const scenes = await Promise.all(input.scenes.map(async (scene) => {
        const [image, audio] = await Promise.all([assets.get(context.ownerId, scene.imageAssetId), assets.get(context.ownerId, scene.audioAssetId)]);
        const pcm = readWav(await assets.read(audio));
        return { image: await assets.localFile(image, context.temporaryFolder), audio: await assets.localFile(audio, context.temporaryFolder), timings: scene.timings, duration: pcm.samples.length / pcm.sampleRate, sampleRate: pcm.sampleRate };
      }));
      // Each scene lasts a whole number of frames, and its cues and narration are laid out on that length.
      // The frame follows the first picture's own size (the illustrator draws every scene alike).
      const first = await sharp(scenes[0].image).metadata();
      const frame = videoFrameSize({ width: first.width ?? 4, height: first.height ?? 3 }, input.shape);
      const parts = scenes.map((scene, index) => ({ ...scene, duration: clipSeconds(scene.duration), clip: join(folder, `scene-${index}.mp4`) }));
      const cues = storyCues(parts);
      const subtitlesFile = join(folder, 'story.srt');
      await writeFile(subtitlesFile, toSrt(cues));
      context.progress(0.05, 'making the video');
      // The narration is joined and encoded once, beside the clips rather than after them: its AAC
      // encode is one core's work for about a second, which otherwise ran alone at the end.
      const narration = join(folder, 'narration.m4a');
      const encodeNarration = async () => {
        const args: string[] = ['-hide_banner', '-loglevel', 'error', '-y'];
        for (const part of parts) args.push('-i', part.audio);
        // Padded by samples (whole_len), not seconds: ffmpeg before 4.2, npm's static build among them, has no whole_dur.
        const padded = parts.map((part, index) => `[${index}:a]aresample=${scenes[0].sampleRate},aformat=channel_layouts=mono,apad=whole_len=${Math.ceil(part.duration * scenes[0].sampleRate)},atrim=0:${part.duration.toFixed(4)}[a${index}]`);
        const joined = `${padded.join(';')};${parts.map((_, index) => `[a${index}]`).join('')}concat=n=${parts.length}:v=0:a=1[audio]`;
        args.push('-filter_complex', joined, '-map', '[audio]', '-c:a', 'aac', '-b:a', '96k', narration);
        await runFfmpeg(args, { signal: context.signal });
      };
      let done = 0;
      // Two ffmpeg runs at a time, the narration's first (the longest).
      await inBatches([encodeNarration, ...parts.map((part) => async () => {
        await renderSceneClip({ image: part.image, output: part.clip, seconds: part.duration, ...frame }, context.signal);
        done += 1;
        context.progress(0.05 + (0.85 * done) / parts.length, `scene ${done} of ${parts.length} rendered`);
      })], 2, (work) => work());
      const list = join(folder, 'scenes.txt');
      await writeFile(list, parts.map((part) => `file '${part.clip.replaceAll("'", "'\\''")}'`).join('\n'));
      // The clips and the narration are joined as they are (no re-encoding).
      const output = join(folder, 'story.mp4');
      const args: string[] = [
        '-hide_banner', '-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-i', narration, '-i', subtitlesFile,
        '-map', '0:v', '-map', '1:a', '-map', '2:s', '-c:v', 'copy', '-c:a', 'copy', '-c:s', 'mov_text',
        '-metadata', `title=${input.title}`, '-movflags', '+faststart', output,
      ];
      await runFfmpeg(args, { signal: context.signal });
      const durationSeconds = parts.reduce((sum, part) => sum + part.duration, 0);
      const video = await assets.put({
        ownerId: context.ownerId, jobId: context.jobId, data: await readFile(output), mediaType: 'video/mp4', name: 'story.mp4',
        metadata: { kind: 'story-video', durationSeconds, subtitles: 'mov_text', width: frame.width, height: frame.height },
      });
      const subtitles = await assets.put({
        ownerId: context.ownerId, jobId: context.jobId, data: new TextEncoder().encode(toWebVtt(cues)), mediaType: 'text/vtt', name: 'story.vtt',
        metadata: { kind: 'story-subtitles' },
      });
      context.recordAsset(video.id);
      context.recordAsset(subtitles.id);
      context.progress(1);
      return { videoAssetId: video.id, subtitlesAssetId: subtitles.id, durationSeconds };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
});
