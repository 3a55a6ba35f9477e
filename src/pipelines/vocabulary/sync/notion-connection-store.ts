import { z } from 'zod';
import { ConflictError } from '../../../engine/errors/index.ts';
import type { Database } from '../../../store/database.ts';
import { openSecret, sealSecret, secretsKey } from '../../../store/seal-secret.ts';
import { withOwner } from '../../../store/with-owner.ts';

/**
 * A user's own Notion connection, set from the Vocabulary page: their integration's token and the
 * database their words go to. The token is stored sealed (seal-secret.ts: AES-256-GCM under KILN_SECRETS_KEY,
 * or the embedded database's own key file) and opened only by the sync step; what a browser sees is
 * `describe`'s "connected" and the database id, never the token.
 */
export interface NotionConnection {
  token: string;
  databaseId: string;
}

/** What the page shows about a connection: whether there is one, and where the words go. */
export const notionConnectionStatusSchema = z.object({
  connected: z.boolean().describe('Whether this user has connected their own Notion; the token itself is never sent back.'),
  databaseId: z.string().optional().describe('The Notion database the words go to, as 32 hexadecimal digits.'),
  updatedAt: z.string().optional().describe('When the connection was last set.'),
});
export type NotionConnectionStatus = z.infer<typeof notionConnectionStatusSchema>;

/**
 * A database id as Notion shows it: 32 hexadecimal digits, with or without dashes, or the
 * database's whole address (`https://www.notion.so/team/Words-1a2b…?v=…`) pasted from the browser.
 */
export const notionDatabaseIdSchema = z.string().trim().max(2000).transform((text, context) => {
  const path = text.replace(/[?#].*$/, '').replaceAll('-', '');
  const found = /([0-9a-f]{32})$/i.exec(path);
  if (!found) {
    context.addIssue({ code: 'custom', message: 'Give the database\'s id (32 letters and digits) or paste its address from Notion\'s "Copy link".' });
    return z.NEVER;
  }
  return found[1].toLowerCase();
});

export const notionConnectionSchema = z.strictObject({
  token: z.string().trim().min(20, 'Paste the integration\'s secret from notion.so/my-integrations (it starts with ntn_ or secret_).')
    .max(500).regex(/^\S+$/, 'An integration secret has no spaces: paste it again from notion.so/my-integrations.'),
  databaseId: notionDatabaseIdSchema,
});

interface ConnectionRow {
  sealed_token: string;
  database_id: string;
  updated_at: Date | string;
}

/** `keyPlace`: where the sealing key comes from (the environment, or the embedded database's folder). */
export function createNotionConnectionStore(database: Database, keyPlace: { dataDir: string; databaseUrl?: string }) {
  async function read(ownerId: string): Promise<{ sealedToken: string; databaseId: string; updatedAt: string } | undefined> {
    const rows = await withOwner(database, ownerId, (session) => session.query<ConnectionRow>(
      'SELECT sealed_token, database_id, updated_at FROM notion_connections WHERE owner_id = $1', [ownerId]));
    const row = rows[0];
    return row ? { sealedToken: row.sealed_token, databaseId: row.database_id, updatedAt: new Date(row.updated_at).toISOString() } : undefined;
  }

  return {
    /** The connection with its token, for the sync step only. */
    async get(ownerId: string): Promise<NotionConnection | undefined> {
      const connection = await read(ownerId);
      if (!connection) return undefined;
      const token = openSecret(connection.sealedToken, await secretsKey(keyPlace));
      if (token === undefined) {
        throw new ConflictError('Your Notion secret can no longer be opened (the server\'s KILN_SECRETS_KEY or its key file changed): connect Notion again on the Vocabulary page.');
      }
      return { token, databaseId: connection.databaseId };
    },
    /** What a browser may see: no token. */
    async describe(ownerId: string): Promise<NotionConnectionStatus> {
      const connection = await read(ownerId);
      return connection ? { connected: true, databaseId: connection.databaseId, updatedAt: connection.updatedAt } : { connected: false };
    },
    /** Sets or replaces the user's connection in one statement. */
    async set(ownerId: string, connection: NotionConnection): Promise<void> {
      // Sealed first: without a key (PostgreSQL and no KILN_SECRETS_KEY) nothing is written.
      const sealedToken = sealSecret(connection.token, await secretsKey(keyPlace));
      await withOwner(database, ownerId, (session) => session.query(
        `INSERT INTO notion_connections (owner_id, sealed_token, database_id) VALUES ($1, $2, $3)
         ON CONFLICT (owner_id) DO UPDATE SET sealed_token = EXCLUDED.sealed_token, database_id = EXCLUDED.database_id, updated_at = now()`,
        [ownerId, sealedToken, connection.databaseId]));
    },
    /** Forgets the token; sending to Notion then uses the operator's (administrators) or is refused. */
    async remove(ownerId: string): Promise<void> {
      await withOwner(database, ownerId, (session) => session.query('DELETE FROM notion_connections WHERE owner_id = $1', [ownerId]));
    },
  };
}
