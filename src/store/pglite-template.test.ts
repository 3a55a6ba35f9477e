import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { copyPgliteTemplate } from './pglite-template.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiln-template-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A stand-in for PGlite's first open: writes what a data folder holds, and counts the calls. */
function fakeInitdb() {
  const calls: string[] = [];
  return {
    calls,
    async initialise(directory: string) {
      calls.push(directory);
      await writeFile(join(directory, 'PG_VERSION'), '17\n');
      await mkdir(join(directory, 'base'));
      await writeFile(join(directory, 'base', '1'), 'catalog');
    },
  };
}

describe('copyPgliteTemplate', () => {
  it('initialises once, then fills each new folder with a copy of the same files', async () => {
    const initdb = fakeInitdb();
    const options = { folder: join(root, 'templates'), startParams: ['-c', 'shared_buffers=16MB'], initialise: initdb.initialise };
    const first = join(root, 'first');
    const second = join(root, 'second');
    await mkdir(first);
    await mkdir(second);
    expect(await Promise.all([copyPgliteTemplate(first, options), copyPgliteTemplate(second, options)])).toEqual([true, true]);
    expect(initdb.calls).toHaveLength(1);
    for (const folder of [first, second]) {
      expect((await readdir(folder)).sort()).toEqual(['PG_VERSION', 'base']);
      expect(await readFile(join(folder, 'base', '1'), 'utf8')).toBe('catalog');
    }
    // Kept whole under one name: no half-made build left beside it.
    expect(await readdir(options.folder)).toHaveLength(1);
  });

  it('leaves a folder that already holds anything alone', async () => {
    const initdb = fakeInitdb();
    const folder = join(root, 'db');
    await mkdir(folder);
    await writeFile(join(folder, 'PG_VERSION'), 'mine');
    expect(await copyPgliteTemplate(folder, { folder: join(root, 'templates'), startParams: [], initialise: initdb.initialise })).toBe(false);
    expect(initdb.calls).toEqual([]);
    expect(await readdir(folder)).toEqual(['PG_VERSION']);
    expect(await readFile(join(folder, 'PG_VERSION'), 'utf8')).toBe('mine');
  });

  it('leaves the folder empty for PGlite to initialise when no template can be made', async () => {
    const folder = join(root, 'db');
    await mkdir(folder);
    const failing = async () => {
      throw new Error('read-only file system');
    };
    expect(await copyPgliteTemplate(folder, { folder: join(root, 'templates'), startParams: [], initialise: failing })).toBe(false);
    expect(await readdir(folder)).toEqual([]);
    expect(await readdir(join(root, 'templates'))).toEqual([]);
  });
});

describe('openDatabase from a template', () => {
  it('gives each new data folder a database of its own, migrated, from one template', async () => {
    const templates = join(root, 'templates');
    const first = await openDatabase({ dataDir: join(root, 'one'), pgliteTemplates: templates });
    try {
      await first.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ('j1', 'u1', 'p', 'queued', '{}')`);
    } finally {
      await first.close();
    }
    const second = await openDatabase({ dataDir: join(root, 'two'), pgliteTemplates: templates });
    try {
      expect(await second.query('SELECT id FROM jobs')).toEqual([]);
      expect((await second.query<{ count: number }>('SELECT count(*)::int AS count FROM kiln_migrations'))[0].count).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
    expect(await readdir(templates)).toHaveLength(1);
  }, 120_000);
});
