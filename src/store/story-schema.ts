/**
 * The drizzle view of the Story studio's tables (created by migrations/0002_story.sql): for typed
 * rows. Queries go through src/store/with-owner.ts, which sets `kiln.user_id` for RLS.
 */
import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const childProfiles = pgTable('child_profiles', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  name: text('name').notNull(),
  age: integer('age').notNull(),
  interests: jsonb('interests').$type<string[]>().notNull().default([]),
  favouriteThings: jsonb('favourite_things').$type<string[]>().notNull().default([]),
  readingLevel: text('reading_level').$type<'auto' | 'early' | 'developing' | 'confident'>().notNull().default('auto'),
  language: text('language').notNull().default('en'),
  preferredVoice: text('preferred_voice'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const stories = pgTable('stories', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  profileId: text('profile_id'),
  jobId: text('job_id').unique(),
  title: text('title').notNull(),
  prompt: text('prompt').notNull(),
  content: jsonb('content').$type<unknown>().notNull(),
  assetIds: jsonb('asset_ids').$type<string[]>().notNull().default([]),
  checkedLocallyOnly: boolean('checked_locally_only').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export type ChildProfileRow = typeof childProfiles.$inferSelect;
export type StoryRow = typeof stories.$inferSelect;
