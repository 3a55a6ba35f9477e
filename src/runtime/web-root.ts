import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built web app (web/dist), when it has been built; the API works without it. */
export function webRoot(): string | undefined {
  const folder = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(`${folder}/index.html`) ? folder : undefined;
}
