import { z } from 'zod';
import type { KilnConfig } from '../../config/index.ts';
import { BadInputError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import type { Database } from '../../store/database.ts';
import { exportServicesFor } from './exports/export-services.ts';
import { entriesForExport } from './exports/vocabulary-export.ts';
import { partOfSpeechOf } from './cards/part-of-speech.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { defaultAnkiConnectUrl } from './sync/anki-connect.ts';
import { kilnNoteType, syncToAnki } from './sync/sync-to-anki.ts';
import { createNotionConnectionStore, type NotionConnection } from './sync/notion-connection-store.ts';
import { syncToNotion } from './sync/sync-to-notion.ts';
import { expressionStatuses } from './vocabulary-contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** Where the operator's Notion token comes from: never the config file itself, only the environment. */
export const defaultNotionTokenEnv = 'NOTION_TOKEN';

/**
 * Whose Notion a sync writes to: the user's own connection (set on the Vocabulary page) or the
 * operator's (NOTION_TOKEN and the config's database). Decided by the server when the job is made,
 * so removing one's own connection meanwhile fails the job rather than falling back to the operator's.
 */
export const notionAccountSchema = z.enum(['own', 'operator']);

const summarySchema = z.object({
  to: z.enum(['notion', 'anki']), created: z.int(), existing: z.int(), skipped: z.int(),
  /** Anki: notes made with the sentence's audio and picture, and why the others have none. */
  withMedia: z.int().optional(), notes: z.array(z.string()).optional(),
});

/**
 * Sends the learner's expressions to Notion or Anki. Not cached: what it does depends on what was
 * synced before, which it reads from the database and records as it goes, so a re-run after a
 * crash or a fix (a shared database, Anki started) goes on where the last one stopped.
 */
export const syncStep = defineStep({
  id: 'vocabulary.sync',
  version: 1,
  input: z.object({ to: z.enum(['notion', 'anki']), status: z.enum([...expressionStatuses, 'all']).optional(), account: notionAccountSchema.optional() }),
  output: summarySchema,
  cacheable: false,
  maxAttempts: 1,
  async run(input, context) {
    const database = requiredService(context.services, 'database');
    const config = requiredService(context.services, 'config');
    const settings = config.vocabulary ?? {};
    const store = createVocabularyStore(database);
    const entries = await entriesForExport(store, context.ownerId, { status: input.status });
    const progress = (fraction: number) => context.progress(fraction, `${input.to}: ${Math.round(fraction * entries.length)} of ${entries.length}`);
    if (input.to === 'anki') {
      const services = exportServicesFor({ store, assets: requiredService(context.services, 'assets'), config, ownerId: context.ownerId, signal: context.signal, temporaryFolder: context.temporaryFolder });
      const dictionary = await services.dictionary?.();
      const summary = await syncToAnki(store, context.ownerId, entries, {
        url: settings.anki?.url ?? defaultAnkiConnectUrl, deck: settings.anki?.deck ?? 'Kiln Vocabulary', noteType: settings.anki?.noteType ?? kilnNoteType, signal: context.signal,
        cardMedia: services.cardMedia, partOfSpeech: (entry) => partOfSpeechOf(entry, dictionary),
      }, progress);
      for (const note of summary.notes ?? []) context.warn({ setting: 'media', message: note });
      return { to: input.to, ...summary };
    }
    const notion = input.account === 'own' ? await ownNotion(database, config, context.ownerId) : operatorNotion(settings);
    const summary = await syncToNotion(store, context.ownerId, entries, { ...notion, signal: context.signal }, progress);
    return { to: input.to, ...summary };
  },
});

async function ownNotion(database: Database, config: KilnConfig, ownerId: string): Promise<NotionConnection> {
  const connection = await createNotionConnectionStore(database, config).get(ownerId);
  if (!connection) throw new BadInputError('Your Notion connection was removed before the words were sent: connect Notion again on the Vocabulary page, then send them.');
  return connection;
}

function operatorNotion(settings: NonNullable<KilnConfig['vocabulary']>): NotionConnection {
  const tokenEnv = settings.notion?.tokenEnv ?? defaultNotionTokenEnv;
  const token = process.env[tokenEnv];
  const databaseId = settings.notion?.databaseId;
  if (!databaseId) throw new BadInputError('No Notion database is configured: connect Notion on the Vocabulary page, or set vocabulary.notion.databaseId in kiln.config to the id of a database shared with your integration.');
  if (!token) throw new BadInputError(`No Notion token: connect Notion on the Vocabulary page, or put your integration's secret in the ${tokenEnv} environment variable (the config file never holds it).`);
  return { token, databaseId };
}
