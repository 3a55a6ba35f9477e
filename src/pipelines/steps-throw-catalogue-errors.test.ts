import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Production source files under `folder`: tests and `testing/` helpers never reach a user. */
function productionFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : productionFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('steps throw the error catalogue', () => {
  // A plain Error reaches the job record and the API as an unexplained 500; a catalogue error
  // carries its status, whether a retry can help, and a sentence a person can act on.
  it.each(['src/pipelines', 'src/providers'])('has no `throw new Error(` in %s outside tests', (folder) => {
    const offenders = productionFiles(join(root, folder)).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) =>
        line.includes('throw new Error(') ? [`${relative(root, file)}:${index + 1}`] : []));
    expect(offenders).toEqual([]);
  });
});
