import { APIResponseError, Client, LogLevel } from '@notionhq/client';
import { BadInputError, ProviderFailedError } from '../../../engine/errors/index.ts';
import { formatTimestamp } from '../exports/format-timestamp.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import { rateLimitedFetch } from './rate-limited-fetch.ts';
import type { SyncSummary } from './sync-to-anki.ts';

/** The API version these requests are written for (databases with properties, not data sources). */
export const notionVersion = '2022-06-28';

export interface NotionSyncSettings {
  token: string;
  databaseId: string;
  /** The API's address; a local stand-in in tests. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Requests a second; Notion allows three on average. */
  perSecond?: number;
  /** The job's signal: a cancel stops the request under way, the waits between requests and the loop. */
  signal?: AbortSignal;
}

/** The database's columns; the title column is renamed to `Japanese` when it has another name. */
const properties = {
  English: { rich_text: {} }, Context: { rich_text: {} }, Difficulty: { number: {} }, Source: { url: {} }, Timestamp: { rich_text: {} }, Tags: { multi_select: {} },
} as const;

const text = (content: string) => [{ type: 'text', text: { content: content.slice(0, 2000) } }];

function pageProperties(entry: VocabularyEntry) {
  const english = [entry.english, entry.meaningSource === 'jmdict' ? '(JMdict, CC BY-SA 4.0)' : null].filter(Boolean).join(' ');
  return {
    Japanese: { title: text(entry.expression) },
    English: { rich_text: text(english) },
    Context: { rich_text: text(entry.example?.sentence ?? '') },
    Difficulty: { number: entry.difficulty },
    Source: { url: entry.example?.link ?? null },
    Timestamp: { rich_text: text(entry.example?.start != null ? formatTimestamp(entry.example.start) : '') },
    Tags: { multi_select: [...new Set([entry.kind, ...entry.tags])].slice(0, 20).map((name) => ({ name: name.replaceAll(',', ' ').slice(0, 100) })) },
  };
}

/** Turns Notion's refusals into sentences that say what to do. */
function explain(error: unknown, databaseId: string): never {
  if (APIResponseError.isAPIResponseError(error) && (error.status === 401 || error.status === 403 || error.status === 404)) {
    throw new BadInputError(error.status === 401
      ? `Notion refused the token (401) for the database ${databaseId}: check the token is your integration's secret (connect Notion again on the Vocabulary page, or fix NOTION_TOKEN).`
      : `Notion cannot reach the database ${databaseId} (${error.status}): open it in Notion, choose Connections and add your integration, and check the id.`, { cause: error });
  }
  if (APIResponseError.isAPIResponseError(error)) throw new ProviderFailedError(`Notion answered ${error.status} (${error.code}): ${error.message}`, { cause: error });
  throw error;
}

/** The promise, or the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // The request was already started: its own rejection (the same cancel) is expected, not unhandled.
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/**
 * Upserts the entries into a Notion database the user shared: the columns are made first, then each
 * expression is updated where a page is recorded or found by its title, created otherwise. Each page
 * id is recorded as soon as it exists, so a sync that stopped halfway goes on where it was.
 */
export async function syncToNotion(store: VocabularyStore, ownerId: string, entries: VocabularyEntry[], settings: NotionSyncSettings, onProgress: (fraction: number) => void): Promise<SyncSummary> {
  const notion = new Client({
    auth: settings.token, notionVersion, baseUrl: settings.baseUrl, fetch: rateLimitedFetch(settings.perSecond ?? 3, settings.fetch ?? fetch, settings.signal),
    retry: { maxRetries: 5, initialRetryDelayMs: 1000, maxRetryDelayMs: 30_000 }, logLevel: LogLevel.ERROR,
  });
  const { databaseId, signal } = settings;
  // The client's own waits between retries take no signal, so a cancel also ends the request at once
  // here; a retry the client still makes afterwards stops in rateLimitedFetch before it is sent.
  const request = <T extends object>(path: string, method: 'get' | 'post' | 'patch', body?: Record<string, unknown>) => {
    // Nothing is started after a cancel.
    signal?.throwIfAborted();
    return untilAborted(notion.request<T>({ path, method, body }).catch((error: unknown) => explain(error, databaseId)), signal);
  };

  const database = await request<{ properties: Record<string, { type: string }> }>(`databases/${databaseId}`, 'get');
  const titleName = Object.entries(database.properties).find(([, property]) => property.type === 'title')?.[0];
  const missing: Record<string, unknown> = Object.fromEntries(Object.entries(properties).filter(([name]) => !(name in database.properties)));
  if (titleName && titleName !== 'Japanese') missing[titleName] = { name: 'Japanese' };
  if (Object.keys(missing).length > 0) await request(`databases/${databaseId}`, 'patch', { properties: missing });

  const synced = await store.syncedIds(ownerId, 'notion');
  const summary: SyncSummary = { created: 0, existing: 0, skipped: 0 };
  for (const [index, entry] of entries.entries()) {
    signal?.throwIfAborted();
    let pageId = synced.get(entry.id);
    if (pageId) summary.skipped += 1;
    else {
      const found = await request<{ results: { id: string }[] }>(`databases/${databaseId}/query`, 'post', {
        filter: { property: 'Japanese', title: { equals: entry.expression } }, page_size: 1,
      });
      pageId = found.results[0]?.id;
      if (pageId) summary.existing += 1;
    }
    if (pageId) await request(`pages/${pageId}`, 'patch', { properties: pageProperties(entry) });
    else {
      pageId = (await request<{ id: string }>('pages', 'post', { parent: { database_id: databaseId }, properties: pageProperties(entry) })).id;
      summary.created += 1;
    }
    await store.recordSynced(ownerId, 'notion', entry.id, pageId);
    onProgress((index + 1) / entries.length);
  }
  return summary;
}
