/** Field names that hold a secret's value rather than the name of the variable holding it. */
const secretField = /^(api[-_]?key|x[-_]api[-_]key|authorization|secret|client[-_]?secret|password|passwd|token|access[-_]?token|jwt[-_]?secret)$/i;

/**
 * Request headers that carry credentials, as the cloud APIs name them: Authorization, x-api-key,
 * api-key, Ocp-Apim-Subscription-Key (Azure), x-goog-api-key (Google), X-Auth-Token, Cookie…
 */
const credentialHeader = /authori[sz]ation|api[-_]?key|subscription[-_]?key|token|secret|passw(or)?d|cookie|credential|signature|session/i;

/** A header value that is a credential whatever the header is called. */
const credentialValue = /^\s*(bearer|basic|digest|token)\s+\S/i;

/** `http://user:password@host`, `https://token@host`: credentials that /api/health and logs would show. */
const webAddressWithCredentials = /^https?:\/\/[^/?#@\s]*@/i;

/**
 * Paths (`backends.openai.apiKey`) of secrets written into a config file. Files get copied, committed
 * and pasted into bug reports; secrets belong in the environment, named by `apiKeyEnv`/`jwtSecretEnv`.
 */
export function findLiteralSecrets(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return webAddressWithCredentials.test(value.trim()) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findLiteralSecrets(item, [...path, String(index)]));
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  const inHeaders = path.at(-1) === 'headers';
  for (const [key, item] of Object.entries(value)) {
    const headerSecret = inHeaders && item !== null && item !== '' && (credentialHeader.test(key) || (typeof item === 'string' && credentialValue.test(item)));
    if (headerSecret || (secretField.test(key) && item !== null && item !== '')) found.push([...path, key].join('.'));
    else found.push(...findLiteralSecrets(item, [...path, key]));
  }
  // A password inside a database URL is a secret too.
  if (typeof (value as { databaseUrl?: unknown }).databaseUrl === 'string' && /:\/\/[^/@]*:[^/@]+@/.test((value as { databaseUrl: string }).databaseUrl)) {
    found.push([...path, 'databaseUrl'].join('.'));
  }
  return found;
}
