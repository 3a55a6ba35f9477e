import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../engine/errors/index.ts';
import type { Database } from '../../store/database.ts';
import type { StoryContent } from './story-content.ts';
import { withOwner } from '../../store/with-owner.ts';

export interface StoryRecord {
  id: string;
  profileId: string | null;
  jobId: string | null;
  title: string;
  prompt: string;
  content: StoryContent;
  assetIds: string[];
  checkedLocallyOnly: boolean;
  createdAt: string;
}

interface StoryRow {
  id: string;
  profile_id: string | null;
  job_id: string | null;
  title: string;
  prompt: string;
  content: StoryContent;
  asset_ids: string[];
  checked_locally_only: boolean;
  created_at: Date | string;
}

const columns = 'id, profile_id, job_id, title, prompt, content, asset_ids, checked_locally_only, created_at';

function toRecord(row: StoryRow): StoryRecord {
  return {
    id: row.id, profileId: row.profile_id, jobId: row.job_id, title: row.title, prompt: row.prompt, content: row.content,
    assetIds: row.asset_ids, checkedLocallyOnly: row.checked_locally_only, createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The library: finished stories, each private to its owner. Only the story job's last step writes here. */
export function createStoryStore(database: Database) {
  async function get(ownerId: string, id: string): Promise<StoryRecord> {
    const rows = await withOwner(database, ownerId, (session) =>
      session.query<StoryRow>(`SELECT ${columns} FROM stories WHERE id = $1 AND owner_id = $2`, [id, ownerId]));
    if (rows.length === 0) throw new NotFoundError(`The story ${id}`);
    return toRecord(rows[0]);
  }

  return {
    get,
    /** Writes the story once per job: a save that runs again (retry, resume) returns the row it wrote. */
    async save(ownerId: string, story: { jobId: string; profileId: string | null; prompt: string; content: StoryContent; assetIds: string[] }): Promise<StoryRecord> {
      return withOwner(database, ownerId, async (session) => {
        await session.query(
          `INSERT INTO stories (id, owner_id, profile_id, job_id, title, prompt, content, asset_ids, checked_locally_only)
           VALUES ($1, $2, (SELECT id FROM child_profiles WHERE id = $3 AND owner_id = $2), $4, $5, $6, $7, $8, $9)
           ON CONFLICT (job_id) DO NOTHING`,
          [randomUUID(), ownerId, story.profileId, story.jobId, story.content.title, story.prompt, JSON.stringify(story.content), JSON.stringify(story.assetIds), story.content.checkedLocallyOnly],
        );
        const rows = await session.query<StoryRow>(`SELECT ${columns} FROM stories WHERE job_id = $1 AND owner_id = $2`, [story.jobId, ownerId]);
        return toRecord(rows[0]);
      });
    },
    async list(ownerId: string, options: { profileId?: string; limit?: number } = {}): Promise<StoryRecord[]> {
      const rows = await withOwner(database, ownerId, (session) => session.query<StoryRow>(
        `SELECT ${columns} FROM stories WHERE owner_id = $1 AND ($2::text IS NULL OR profile_id = $2)
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        [ownerId, options.profileId ?? null, options.limit ?? 100],
      ));
      return rows.map(toRecord);
    },
    /** Removes the story and answers the asset ids it held, for the caller to delete. */
    async delete(ownerId: string, id: string): Promise<string[]> {
      const rows = await withOwner(database, ownerId, (session) =>
        session.query<{ asset_ids: string[] }>(`DELETE FROM stories WHERE id = $1 AND owner_id = $2 RETURNING asset_ids`, [id, ownerId]));
      if (rows.length === 0) throw new NotFoundError(`The story ${id}`);
      return rows[0].asset_ids;
    },
  };
}

export type StoryStore = ReturnType<typeof createStoryStore>;
