import { withOwner } from '../../store/with-owner.ts';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';

/** What a person recognises a job by, beside its pipeline and id. */
export interface JobDescription {
  /** The story's title or prompt, the song's file name, the stream's title; null when the job has none. */
  title: string | null;
  /** A picture the job made (a story's first scene, a music video's thumbnail); null until there is one. */
  thumbnailAssetId: string | null;
}

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Fields : {});
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const clip = (value: string | null) => (value && value.length > 120 ? `${value.slice(0, 119)}…` : value);

/** The asset ids whose file names stand for a job when its input has no words of its own. */
/** The parts of a job a description reads; the Library passes rows that carry only these. */
type DescribedJob = Pick<JobRecord, 'id' | 'pipeline' | 'input' | 'output'>;

function namingAssetId(job: DescribedJob): string | null {
  const input = fieldsOf(job.input);
  return text(input.songAssetId) ?? text(input.recordingAssetId) ?? text(input.transcriptAssetId);
}

function titleOf(job: DescribedJob, assetNames: Map<string, string>): string | null {
  const input = fieldsOf(job.input);
  const output = fieldsOf(job.output);
  const named = namingAssetId(job);
  const fileName = named ? assetNames.get(named) ?? null : null;
  switch (job.pipeline) {
    case 'story': {
      const child = text(fieldsOf(input.profile).name);
      return text(output.title) ?? text(input.prompt) ?? (child ? `A story for ${child}` : null);
    }
    case 'vocabulary':
      return text(fieldsOf(input.source).title) ?? fileName;
    case 'vocabulary-shorts':
      // A plan and the render chosen from it share the recording: say which is which in the Library.
      if (!fileName) return null;
      return input.planOnly === true ? `Clip plan for ${fileName}` : `Shorts of ${fileName}`;
    case 'diagnostic':
      // The Settings page's system check sends no label.
      return text(input.label) ?? 'System check';
    default:
      return fileName;
  }
}

/**
 * Titles and thumbnails for a page of jobs, derived from what the jobs and their assets already
 * hold (three queries for the whole page, none per job). A story's cover comes from its saved
 * scenes, which may reuse a cached picture of an earlier job; while it is being made, the first
 * picture the job has stored stands in.
 */
export async function describeJobs(runtime: KilnRuntime, ownerId: string, jobs: DescribedJob[]): Promise<Map<string, JobDescription>> {
  const database = runtime.database;
  const assetNames = new Map<string, string>();
  const firstPictures = new Map<string, string>();
  const storyCovers = new Map<string, string>();
  if (database && jobs.length > 0) {
    const jobIds = jobs.map((job) => job.id);
    const storyJobIds = jobs.filter((job) => job.pipeline === 'story').map((job) => job.id);
    const namingIds = jobs.map(namingAssetId).filter((id): id is string => id !== null);
    const [named, pictures, covers] = await Promise.all([
      namingIds.length > 0
        ? database.query<{ id: string; name: string }>('SELECT id, name FROM assets WHERE owner_id = $1 AND id = ANY($2::text[])', [ownerId, namingIds])
        : [],
      database.query<{ job_id: string; id: string }>(
        `SELECT DISTINCT ON (job_id) job_id, id FROM assets
         WHERE owner_id = $1 AND job_id = ANY($2::text[]) AND media_type LIKE 'image/%'
         ORDER BY job_id, created_at, id`,
        [ownerId, jobIds],
      ),
      // Through withOwner: on Postgres the stories table's row-level security wants the user set. A
      // transaction of three statements on the one embedded connection: skipped when no job is a story.
      storyJobIds.length > 0
        ? withOwner(database, ownerId, (session) => session.query<{ job_id: string; cover: string | null }>(
          `SELECT job_id, content->'scenes'->0->>'imageAssetId' AS cover FROM stories WHERE owner_id = $1 AND job_id = ANY($2::text[])`,
          [ownerId, storyJobIds],
        ))
        : [],
    ]);
    for (const row of named) assetNames.set(row.id, row.name);
    for (const row of pictures) firstPictures.set(row.job_id, row.id);
    for (const row of covers) if (row.cover) storyCovers.set(row.job_id, row.cover);
  }
  return new Map(jobs.map((job) => {
    const output = fieldsOf(job.output);
    const thumbnail = storyCovers.get(job.id) ?? text(output.thumbnailAssetId) ?? firstPictures.get(job.id) ?? null;
    return [job.id, { title: clip(titleOf(job, assetNames)), thumbnailAssetId: thumbnail }];
  }));
}
