/**
 * The drizzle view of Kiln's tables. The SQL files in ./migrations create them; this file only
 * describes them for typed queries, and a test checks that the two agree column by column.
 * Studios add their own tables in files of their own and a migration beside these.
 */
import {
  bigint,
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from './drizzle-orm.ts';
import type { JobState, StepState } from '../runtime/job-state.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').unique(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const jobs = pgTable('jobs', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  pipeline: text('pipeline').notNull(),
  state: text('state').$type<JobState>().notNull(),
  progress: doublePrecision('progress').notNull().default(0),
  input: jsonb('input').$type<unknown>().notNull(),
  output: jsonb('output').$type<unknown>(),
  error: jsonb('error').$type<{ code: string; message: string; step?: string }>(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  startedAt: timestamptz('started_at'),
  endedAt: timestamptz('ended_at'),
});

export const jobSteps = pgTable(
  'job_steps',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    stepId: text('step_id').notNull(),
    /** Declaration order of the node in its pipeline, for listing steps in a stable order. */
    position: integer('position').notNull(),
    state: text('state').$type<StepState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    cached: boolean('cached').notNull().default(false),
    startedAt: timestamptz('started_at'),
    endedAt: timestamptz('ended_at'),
    durationMs: integer('duration_ms'),
    servedBy: jsonb('served_by').$type<string[]>().notNull().default([]),
    /** Preferred backends that failed before one in served_by served, with why (0005_step_passed_over.sql). */
    passedOver: jsonb('passed_over').$type<{ candidate: string; reason: string }[]>().notNull().default([]),
    progress: doublePrecision('progress').notNull().default(0),
    message: text('message'),
    error: jsonb('error').$type<{ code: string; message: string }>(),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.name] })],
);

export const assets = pgTable('assets', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  sha256: text('sha256').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  name: text('name').notNull(),
  jobId: text('job_id').references(() => jobs.id, { onDelete: 'set null' }),
  metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const stepCache = pgTable('step_cache', {
  key: text('key').primaryKey(),
  ownerId: text('owner_id').notNull(),
  stepId: text('step_id').notNull(),
  output: jsonb('output').$type<unknown>(),
  assetIds: jsonb('asset_ids').$type<string[]>().notNull().default([]),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** Every table, as drizzle's relational query builder wants them. */
export const schema = { users, jobs, jobSteps, assets, stepCache };
