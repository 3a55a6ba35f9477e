import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError } from '../engine/errors/index.ts';

/** The environment variable holding the key that seals users' own secrets (a Notion token) in the database. */
export const secretsKeyVariable = 'KILN_SECRETS_KEY';
const sealedPrefix = 'sealed:v1:';

/**
 * The key that seals a user's own secrets at rest, so a database dump or backup never holds them readable:
 * from KILN_SECRETS_KEY when set (any text of 32+ characters, hashed to 256 bits: the same on every worker);
 * otherwise, on the embedded database only, a random key kept beside it (`<dataDir>/secrets.key`, mode 0600),
 * made on first use. On PostgreSQL without the variable there is none: workers on other machines could not open it.
 */
export async function secretsKey(config: { dataDir: string; databaseUrl?: string }, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const fromEnvironment = env[secretsKeyVariable];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    if (fromEnvironment.length < 32) throw new ConflictError(`${secretsKeyVariable} is too short to seal secrets: the operator must set it to 32 or more random characters.`);
    return createHash('sha256').update(fromEnvironment).digest();
  }
  if (config.databaseUrl) {
    throw new ConflictError(`Kiln on PostgreSQL seals users' own secrets with ${secretsKeyVariable}, which is not set: the operator must set it (32+ random characters, the same on the server and every worker) before anyone can connect their own account.`);
  }
  const file = join(config.dataDir, 'secrets.key');
  try {
    // 'wx': two processes starting at once cannot both write a key; the loser reads the winner's.
    const key = randomBytes(32);
    await writeFile(file, key, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const key = await readFile(file);
    if (key.length !== 32) throw new ConflictError(`${file} is not a 32-byte key: restore it from a backup, or remove it and connect your accounts again.`);
    return key;
  }
}

/** AES-256-GCM with a fresh nonce: the text stored is `sealed:v1:` then nonce, tag and ciphertext in base64. */
export function sealSecret(plain: string, key: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return sealedPrefix + Buffer.concat([nonce, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The secret, or undefined when it was sealed with another key (the key was changed or lost) or is damaged. */
export function openSecret(stored: string, key: Buffer): string | undefined {
  if (!stored.startsWith(sealedPrefix)) return undefined;
  const bytes = Buffer.from(stored.slice(sealedPrefix.length), 'base64');
  if (bytes.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
