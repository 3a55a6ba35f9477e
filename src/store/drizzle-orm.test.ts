import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { eq } from './drizzle-orm.ts';
import { jobs } from './schema.ts';

const sourceRoot = fileURLToPath(new URL('..', import.meta.url));

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  }));
  return nested.flat();
}

// One runtime import of drizzle's ES build would load all ~300 of its modules that way again (and
// with them ~180 MB of garbage, see drizzle-orm.ts); type imports cost nothing.
test('Kiln\'s modules take drizzle\'s functions from src/store/drizzle-orm.ts, never from an import of drizzle-orm', async () => {
  const offenders: string[] = [];
  for (const file of await sourceFiles(sourceRoot)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'drizzle-orm[^']*';/gms)) {
      if (!match[1] && relative(sourceRoot, file) !== join('store', 'drizzle-orm.ts')) offenders.push(`${relative(sourceRoot, file)}: ${match[0]}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('tables built from the CommonJS build read the same through drizzle\'s ES build (tests import it)', () => {
  const config = getTableConfig(jobs);
  expect(config.name).toBe('jobs');
  expect(config.columns.map((column) => column.name)).toContain('owner_id');
  expect(eq(jobs.id, 'x')).toBeTruthy();
});
