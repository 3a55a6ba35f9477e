import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJobQueue } from '../../jobs/queue.ts';
import { migrationsDirectory } from '../../store/apply-migrations.ts';
import { openDatabase } from '../../store/database.ts';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cacheFolder = join(repositoryRoot, 'node_modules', '.cache', 'kiln-test-database');
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Puts a migrated embedded database, with pg-boss's tables, in `<dataDir>/db`, copied from a template
 * that is made once and kept in node_modules/.cache. A fresh PGlite folder costs about two seconds of
 * initdb and migrations, a copy a few hundred milliseconds. The template is named by a hash of the
 * migrations and the lockfile, so an edited migration or another PGlite or pg-boss makes a new one;
 * migrations added since are applied when the copy is opened anyway.
 */
export async function copyTemplateDatabase(dataDir: string): Promise<void> {
  const target = join(dataDir, 'db');
  try {
    await cp(join(await ensureTemplate(), 'db'), target, { recursive: true });
  } catch (error) {
    // Only a speed-up: without it (a read-only node_modules, say) the runtime makes its own database.
    console.warn(`kiln tests: no template database (${error instanceof Error ? error.message : String(error)}); starting from scratch.`);
    await rm(target, { recursive: true, force: true });
  }
}

let ensured: Promise<string> | undefined;

function ensureTemplate(): Promise<string> {
  ensured ??= (async () => {
    const template = join(cacheFolder, await templateKey());
    if (await exists(join(template, 'db'))) return template;
    await mkdir(cacheFolder, { recursive: true });
    await pruneOldTemplates(template);
    // Built under a name of its own and renamed, so a test process never copies a half-made
    // template; when several build at once, the first rename wins and the others drop theirs.
    const building = `${template}.${randomUUID()}.building`;
    try {
      const database = await openDatabase({ dataDir: building });
      try {
        const queue = await createJobQueue({ database, recover: false });
        await queue.stop();
      } finally {
        await database.close();
      }
      await rename(building, template).catch(async (error: NodeJS.ErrnoException) => {
        if (!(await exists(join(template, 'db')))) throw error;
      });
    } finally {
      await rm(building, { recursive: true, force: true });
    }
    return template;
  })();
  // A failed build is retried by the next caller rather than failing every test after it.
  ensured.catch(() => (ensured = undefined));
  return ensured;
}

async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(repositoryRoot, 'package-lock.json')).catch(() => Buffer.alloc(0)));
  for (const name of (await readdir(migrationsDirectory)).sort()) {
    hash.update(name).update(await readFile(join(migrationsDirectory, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

// Templates of earlier migrations, and builds a killed process left, once they are a day old.
async function pruneOldTemplates(current: string): Promise<void> {
  for (const name of await readdir(cacheFolder)) {
    const path = join(cacheFolder, name);
    if (path === current) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > dayMs) await rm(path, { recursive: true, force: true });
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);
