import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../engine/errors/index.ts';
import type { MusicVideoOutput } from '../../pipelines/music-video/music-video-pipeline.ts';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { deleteJob } from './delete-job.ts';
import type { RouteOptions } from './route-options.ts';

const libraryEntrySchema = z.object({
  jobId: z.string(),
  videoAssetId: z.string(),
  thumbnailAssetId: z.string(),
  songAssetId: z.string().describe('The stored song; POST /api/music-videos with `songAssetId` renders it again.'),
  songName: z.string().nullable().describe('The song file\'s name; null when the song has been deleted.'),
  duration: z.number().describe('Seconds.'),
  width: z.number().int(),
  height: z.number().int(),
  fps: z.number().int(),
  style: z.string(),
  moments: z.number().int(),
  createdAt: z.string().describe('When the video was finished.'),
}).meta({ id: 'MusicVideo' });

export type MusicVideoLibraryEntry = z.infer<typeof libraryEntrySchema>;

const jobParamsSchema = z.object({ jobId: z.string().min(1).max(200) });

/**
 * The music video library: `GET /api/music-videos` lists the owner's finished videos (newest first)
 * from the jobs and their assets; `DELETE /api/music-videos/:jobId` deletes one: its job, the files
 * it made, and the song and character pictures it was made from unless another job still uses them.
 */
export const musicVideoLibraryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/music-videos', {
    schema: {
      summary: 'List your finished music videos',
      tags: ['music videos'],
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) }),
      response: { 200: z.object({ videos: z.array(libraryEntrySchema) }) },
    },
  }, async (request) => {
    const jobs = await runtime.jobs.list(request.userId, { pipeline: 'music-video', state: 'succeeded', limit: request.query.limit });
    const videos = await Promise.all(jobs.map((job) => libraryEntry(runtime, request.userId, job)));
    return { videos: videos.filter((video): video is MusicVideoLibraryEntry => video !== undefined) };
  });

  app.delete('/music-videos/:jobId', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Delete a music video and its files',
      description: 'Deletes the job, the video, pictures, analysis and thumbnail it made, and the song and character pictures it was made from when no other job uses them. Someone else\'s video answers 404.',
      tags: ['music videos'],
      params: jobParamsSchema,
      response: { 200: z.object({ deletedAssets: z.int().describe('How many files were deleted.') }) },
    },
  }, async (request) => {
    const job = await runtime.jobs.get(request.userId, request.params.jobId);
    if (job.pipeline !== 'music-video') throw new NotFoundError(`Music video ${request.params.jobId}`);
    const inputs = inputAssetIds(job);
    const { deletedAssets } = await deleteJob(runtime, request.userId, job.id);
    let inputsDeleted = 0;
    for (const assetId of inputs) if (await deleteIfUnused(runtime, request.userId, assetId)) inputsDeleted += 1;
    return { deletedAssets: deletedAssets + inputsDeleted };
  });
};

async function libraryEntry(runtime: KilnRuntime, ownerId: string, job: JobRecord): Promise<MusicVideoLibraryEntry | undefined> {
  const output = job.output as Partial<MusicVideoOutput> | null;
  const input = (job.input ?? {}) as { songAssetId?: string; style?: string; moments?: number; width?: number; height?: number; fps?: number };
  if (!output?.videoAssetId || !output.thumbnailAssetId || !input.songAssetId) return undefined;
  const video = await runtime.assets.get(ownerId, output.videoAssetId).catch(() => undefined);
  if (!video) return undefined;
  const recorded = typeof video.metadata.songName === 'string' ? video.metadata.songName : undefined;
  // A video the step cache made for another upload of the same bytes carries that upload's name: this job's song is asked first.
  const madeForThisSong = recorded !== undefined && (video.metadata.songAssetId ?? input.songAssetId) === input.songAssetId;
  const song = madeForThisSong ? undefined : await runtime.assets.get(ownerId, input.songAssetId).catch(() => undefined);
  const songName = madeForThisSong
    ? recorded
    : song ? (typeof song.metadata.convertedFrom === 'string' ? song.metadata.convertedFrom : song.name) : recorded ?? null;
  return {
    jobId: job.id, videoAssetId: video.id, thumbnailAssetId: output.thumbnailAssetId, songAssetId: input.songAssetId, songName,
    duration: output.duration ?? 0, width: input.width ?? 960, height: input.height ?? 540, fps: input.fps ?? 24,
    style: input.style ?? '', moments: input.moments ?? 7, createdAt: job.endedAt ?? job.updatedAt,
  };
}

function inputAssetIds(job: JobRecord): string[] {
  const input = (job.input ?? {}) as { songAssetId?: string; characterAssetIds?: string[] };
  return [input.songAssetId, ...(input.characterAssetIds ?? [])].filter((id): id is string => typeof id === 'string');
}

/** Deletes an input asset unless a remaining job of the owner names it (another render of the same song). */
async function deleteIfUnused(runtime: KilnRuntime, ownerId: string, assetId: string): Promise<boolean> {
  const database = runtime.database;
  if (!database) return false;
  const [used] = await database.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM jobs WHERE owner_id = $1 AND (strpos(input::text, $2) > 0 OR strpos(coalesce(output::text, ''), $2) > 0)`,
    [ownerId, assetId],
  );
  if ((used?.count ?? 0) > 0) return false;
  return runtime.assets.delete(ownerId, assetId).then(() => true, () => false);
}
