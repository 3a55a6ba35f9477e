import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KilnError } from '../../engine/errors/index.ts';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { withRequestPriority } from '../../store/request-priority.ts';
import { describeJobs } from './describe-jobs.ts';
import type { RouteOptions } from './route-options.ts';

/** The pipelines whose jobs leave something a person made; the system check and syncs do not. */
export const libraryStudios = ['story', 'music-video', 'vocabulary', 'vocabulary-shorts', 'vocabulary-export'] as const;
const jobStates = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

const libraryItemSchema = z.object({
  jobId: z.string(),
  studio: z.enum(libraryStudios).describe('The pipeline that made it.'),
  state: z.enum(jobStates),
  progress: z.number().describe('0..1'),
  title: z.string().nullable().describe('From its input: the story title or prompt, the song or recording file name, the stream title.'),
  thumbnailAssetId: z.string().nullable(),
  downloadAssetId: z.string().nullable().describe('The file to download (the video, the export, the first short); null when there is none yet.'),
  downloadName: z.string().nullable().describe('That file\'s name.'),
  storyId: z.string().nullable().describe('A finished story\'s id, for its reader page.'),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
}).meta({ id: 'LibraryItem' });

const libraryQuerySchema = z.object({
  studio: z.enum(libraryStudios).optional().describe('Only what this studio made.'),
  state: z.enum(jobStates).optional().describe('Only items in this state.'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('1 is the newest page.'),
  perPage: z.coerce.number().int().min(1).max(100).default(24),
});

interface LibraryRow {
  id: string; pipeline: string; state: JobRecord['state']; progress: number; input: unknown; output: unknown;
  error: { code: string; message: string } | null; created_at: Date | string; ended_at: Date | string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const fieldsOf = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {});
const idOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The file a person downloads from a finished job: named in its output, else the last video it stored. */
function downloadOf(row: LibraryRow, lastVideos: Map<string, string>): string | null {
  const output = fieldsOf(row.output);
  const firstShort = Array.isArray(output.shorts) ? fieldsOf(output.shorts[0]).assetId : undefined;
  return idOf(output.videoAssetId) ?? idOf(output.assetId) ?? idOf(firstShort) ?? lastVideos.get(row.id) ?? null;
}

/**
 * The Library: `GET /api/library` pages through everything the user made in any studio, newest first,
 * with a title, picture and download for each. Built on the jobs table, scoped to the owner in every
 * statement, so one user never sees another's. Actions stay on the job routes (cancel, retry, delete).
 */
export const libraryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.addHook('preHandler', (_request, _reply, done) => withRequestPriority(done));

  app.get('/library', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Everything you made, newest first',
      description: 'Stories, music videos, shorts, exports and vocabulary streams, in pages. Cancel, retry and delete through /api/jobs/{id}.',
      tags: ['library'],
      querystring: libraryQuerySchema,
      response: {
        200: z.object({
          items: z.array(libraryItemSchema),
          page: z.int(),
          perPage: z.int(),
          total: z.int().describe('How many items match the filters, over all pages.'),
        }),
      },
    },
  }, async (request) => {
    const database = runtime.database;
    if (!database) throw new KilnError('internal', 'This server has no database to list your library from.');
    const { studio, state, page, perPage } = request.query;
    const ownerId = request.userId;
    const where = `owner_id = $1 AND pipeline = ANY($2::text[]) AND ($3::text IS NULL OR state = $3)`;
    const filters = [ownerId, studio ? [studio] : [...libraryStudios], state ?? null];
    const [counted, rows] = await Promise.all([
      database.query<{ total: number }>(`SELECT count(*)::int AS total FROM jobs WHERE ${where}`, filters),
      database.query<LibraryRow>(
        `SELECT id, pipeline, state, progress, input, output, error, created_at, ended_at FROM jobs WHERE ${where}
         ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5`,
        [...filters, perPage, (page - 1) * perPage],
      ),
    ]);
    const items = await describeRows(runtime, ownerId, rows);
    return { items, page, perPage, total: counted[0]?.total ?? 0 };
  });
};

async function describeRows(runtime: KilnRuntime, ownerId: string, rows: LibraryRow[]) {
  if (rows.length === 0) return [];
  const described = await describeJobs(runtime, ownerId, rows);
  const videos = await runtime.database!.query<{ job_id: string; id: string }>(
    `SELECT DISTINCT ON (job_id) job_id, id FROM assets
     WHERE owner_id = $1 AND job_id = ANY($2::text[]) AND media_type LIKE 'video/%'
     ORDER BY job_id, created_at DESC, id`,
    [ownerId, rows.map((row) => row.id)],
  );
  const lastVideos = new Map(videos.map((video) => [video.job_id, video.id]));
  const downloads = new Map(rows.map((row) => [row.id, row.state === 'succeeded' ? downloadOf(row, lastVideos) : null]));
  const downloadIds = [...downloads.values()].filter((id): id is string => id !== null);
  const names = new Map((downloadIds.length === 0 ? [] : await runtime.database!.query<{ id: string; name: string }>(
    'SELECT id, name FROM assets WHERE owner_id = $1 AND id = ANY($2::text[])', [ownerId, downloadIds],
  )).map((asset) => [asset.id, asset.name]));
  return rows.map((row) => ({
    jobId: row.id,
    studio: row.pipeline as (typeof libraryStudios)[number],
    state: row.state,
    progress: row.progress,
    title: described.get(row.id)?.title ?? null,
    thumbnailAssetId: described.get(row.id)?.thumbnailAssetId ?? null,
    // A file named in the output but since deleted is not offered.
    downloadAssetId: names.has(downloads.get(row.id) ?? '') ? downloads.get(row.id)! : null,
    downloadName: names.get(downloads.get(row.id) ?? '') ?? null,
    storyId: row.pipeline === 'story' ? idOf(fieldsOf(row.output).storyId) : null,
    error: row.error ? { code: row.error.code, message: row.error.message } : null,
    createdAt: iso(row.created_at)!,
    endedAt: iso(row.ended_at),
  }));
}
