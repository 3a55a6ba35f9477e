import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { NotFoundError } from '../../engine/errors/index.ts';
import type { Database } from '../../store/database.ts';
import { withOwner } from '../../store/with-owner.ts';

const shortList = z.array(z.string().trim().min(1).max(40)).max(12);

const profileFieldRules = {
  name: z.string().trim().min(1).max(40),
  age: z.int().min(1).max(14),
  interests: shortList,
  favouriteThings: shortList,
  readingLevel: z.enum(['auto', 'early', 'developing', 'confident']),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as en or en-GB'),
  preferredVoice: z.string().trim().min(1).max(60).nullable(),
};

/** What a parent says about a child; the writer reads it to fit the story to them. */
export const profileFieldsSchema = z.strictObject({
  ...profileFieldRules,
  interests: profileFieldRules.interests.default([]),
  favouriteThings: profileFieldRules.favouriteThings.default([]),
  readingLevel: profileFieldRules.readingLevel.default('auto'),
  language: profileFieldRules.language.default('en'),
  preferredVoice: profileFieldRules.preferredVoice.default(null),
});

/**
 * A change to a profile: only the fields sent. Without defaults, because `.partial()` of the schema
 * above would still fill a missing field with its default and so wipe what the parent had set.
 */
export const profileChangesSchema = z.strictObject(profileFieldRules).partial();

export const childProfileSchema = profileFieldsSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type ProfileFields = z.output<typeof profileFieldsSchema>;
export type ChildProfile = z.output<typeof childProfileSchema>;

interface ProfileRow {
  id: string;
  name: string;
  age: number;
  interests: string[];
  favourite_things: string[];
  reading_level: ChildProfile['readingLevel'];
  language: string;
  preferred_voice: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const columns = 'id, name, age, interests, favourite_things, reading_level, language, preferred_voice, created_at, updated_at';

function toProfile(row: ProfileRow): ChildProfile {
  return {
    id: row.id, name: row.name, age: row.age, interests: row.interests, favouriteThings: row.favourite_things,
    readingLevel: row.reading_level, language: row.language, preferredVoice: row.preferred_voice,
    createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Child profiles, each private to the parent who made it (another user gets NotFoundError). */
export function createProfileStore(database: Database) {
  async function get(ownerId: string, id: string): Promise<ChildProfile> {
    const rows = await withOwner(database, ownerId, (session) =>
      session.query<ProfileRow>(`SELECT ${columns} FROM child_profiles WHERE id = $1 AND owner_id = $2`, [id, ownerId]));
    if (rows.length === 0) throw new NotFoundError(`The child profile ${id}`);
    return toProfile(rows[0]);
  }

  return {
    get,
    async create(ownerId: string, fields: ProfileFields): Promise<ChildProfile> {
      const rows = await withOwner(database, ownerId, (session) => session.query<ProfileRow>(
        `INSERT INTO child_profiles (id, owner_id, name, age, interests, favourite_things, reading_level, language, preferred_voice)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${columns}`,
        [randomUUID(), ownerId, fields.name, fields.age, JSON.stringify(fields.interests), JSON.stringify(fields.favouriteThings), fields.readingLevel, fields.language, fields.preferredVoice],
      ));
      return toProfile(rows[0]);
    },
    async list(ownerId: string): Promise<ChildProfile[]> {
      const rows = await withOwner(database, ownerId, (session) =>
        session.query<ProfileRow>(`SELECT ${columns} FROM child_profiles WHERE owner_id = $1 ORDER BY created_at DESC, id DESC`, [ownerId]));
      return rows.map(toProfile);
    },
    async update(ownerId: string, id: string, changes: Partial<ProfileFields>): Promise<ChildProfile> {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...current } = await get(ownerId, id);
      const merged = profileFieldsSchema.parse({ ...current, ...changes });
      const rows = await withOwner(database, ownerId, (session) => session.query<ProfileRow>(
        `UPDATE child_profiles SET name = $3, age = $4, interests = $5, favourite_things = $6, reading_level = $7, language = $8,
         preferred_voice = $9, updated_at = now() WHERE id = $1 AND owner_id = $2 RETURNING ${columns}`,
        [id, ownerId, merged.name, merged.age, JSON.stringify(merged.interests), JSON.stringify(merged.favouriteThings), merged.readingLevel, merged.language, merged.preferredVoice],
      ));
      if (rows.length === 0) throw new NotFoundError(`The child profile ${id}`);
      return toProfile(rows[0]);
    },
    async delete(ownerId: string, id: string): Promise<void> {
      const rows = await withOwner(database, ownerId, (session) =>
        session.query(`DELETE FROM child_profiles WHERE id = $1 AND owner_id = $2 RETURNING id`, [id, ownerId]));
      if (rows.length === 0) throw new NotFoundError(`The child profile ${id}`);
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
