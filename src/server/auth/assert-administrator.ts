import { ForbiddenError } from '../../engine/errors/index.ts';

/**
 * Refuses a caller who is not an administrator, for integrations that act on the operator's own
 * accounts (the Anki collection, the Notion database, OBS): every user of the server would share
 * them. In local mode the one user is the administrator; in JWT mode it takes `kiln_admin: true`.
 * `what` starts the sentence, e.g. "Importing from Anki".
 */
export function assertAdministrator(request: { isAdmin: boolean }, what: string): void {
  if (request.isAdmin) return;
  throw new ForbiddenError(`${what} uses the server operator's own account, so only an administrator may do it; `
    + 'ask the operator, or for a token with the kiln_admin claim.');
}
