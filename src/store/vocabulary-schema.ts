/**
 * The drizzle view of the Vocabulary studio's tables (created by migrations/0003_vocabulary.sql):
 * for typed rows. Queries go through src/store/with-owner.ts, which sets `kiln.user_id` for RLS.
 */
import { doublePrecision, integer, jsonb, pgTable, text, timestamp } from './drizzle-orm.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const vocabularyStreams = pgTable('vocabulary_streams', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  jobId: text('job_id').unique(),
  origin: text('origin').$type<'transcript' | 'recording' | 'live'>().notNull().default('transcript'),
  sourceUrl: text('source_url'),
  platform: text('platform').$type<'youtube' | 'twitch' | 'other'>(),
  videoId: text('video_id'),
  title: text('title'),
  channel: text('channel'),
  streamDate: text('stream_date'),
  format: text('format').notNull(),
  transcriptAssetId: text('transcript_asset_id'),
  recordingAssetId: text('recording_asset_id'),
  cueCount: integer('cue_count').notNull(),
  tokenCount: integer('token_count').notNull(),
  japaneseShare: doublePrecision('japanese_share').notNull(),
  warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const vocabularyExpressions = pgTable('vocabulary_expressions', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  dictionaryForm: text('dictionary_form').notNull(),
  reading: text('reading').notNull(),
  expression: text('expression').notNull(),
  romaji: text('romaji').notNull(),
  english: text('english'),
  meaningSource: text('meaning_source').$type<'glossary' | 'jmdict' | 'llm' | 'none'>().notNull(),
  kind: text('kind').notNull(),
  difficulty: integer('difficulty').notNull(),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  note: text('note'),
  status: text('status').$type<'new' | 'learning' | 'known'>().notNull().default('new'),
  firstSeenAt: timestamptz('first_seen_at').notNull().defaultNow(),
  firstStreamId: text('first_stream_id'),
  totalCount: integer('total_count').notNull().default(0),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  /** The occurrence the learner mined it from in the reader, whose cue its card shows (0006_vocabulary_mined.sql). */
  minedOccurrenceId: text('mined_occurrence_id'),
  minedAt: timestamptz('mined_at'),
});

export const vocabularyStreamExpressions = pgTable('vocabulary_stream_expressions', {
  streamId: text('stream_id').notNull(),
  expressionId: text('expression_id').notNull(),
  ownerId: text('owner_id').notNull(),
  count: integer('count').notNull(),
});

export const vocabularyOccurrences = pgTable('vocabulary_occurrences', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
  expressionId: text('expression_id').notNull(),
  streamId: text('stream_id').notNull(),
  startSeconds: doublePrecision('start_seconds'),
  endSeconds: doublePrecision('end_seconds'),
  sentence: text('sentence').notNull(),
  link: text('link'),
});

export const vocabularyKnownWords = pgTable('vocabulary_known_words', {
  ownerId: text('owner_id').notNull(),
  word: text('word').notNull(),
  source: text('source').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const vocabularySyncRecords = pgTable('vocabulary_sync_records', {
  expressionId: text('expression_id').notNull(),
  target: text('target').$type<'notion' | 'anki'>().notNull(),
  ownerId: text('owner_id').notNull(),
  remoteId: text('remote_id').notNull(),
  syncedAt: timestamptz('synced_at').notNull().defaultNow(),
});

/** A user's own Notion connection (0007_notion_connections.sql); the token is sealed (seal-secret.ts) and opened only by the sync step. */
export const notionConnections = pgTable('notion_connections', {
  ownerId: text('owner_id').primaryKey(),
  sealedToken: text('sealed_token').notNull(),
  databaseId: text('database_id').notNull(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});
