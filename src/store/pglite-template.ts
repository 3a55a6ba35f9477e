import { createHash, randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where templates are kept by default: PGlite's own install's cache folder (node_modules/.cache). */
function defaultTemplateFolder(): string {
  return fileURLToPath(new URL('../../../.cache/kiln-pglite-template/', import.meta.resolve('@electric-sql/pglite')));
}

export interface PgliteTemplateOptions {
  /** The folder that holds templates, one per PGlite version and start parameters; default node_modules/.cache/kiln-pglite-template. */
  folder?: string;
  /** What names the template: PGlite's start parameters (its version is read here). */
  startParams: string[];
  /** Creates a fresh PGlite database in `directory` and closes it cleanly. */
  initialise(directory: string): Promise<void>;
}

const dayMs = 24 * 60 * 60 * 1000;
const made = new Map<string, Promise<string>>();

/**
 * Fills an empty PGlite folder with a copy of a freshly initialised database instead of running
 * initdb again: initdb costs about five seconds of CPU (on each `kiln story`, which works on a
 * database of its own, and on a first start), a copy of its 40 MB a fraction of one. The template
 * is exactly what PGlite's own first open leaves, made once by PGlite itself and kept under a name
 * of its version and start parameters. Kiln's migrations are not in it: they run on the copy, as
 * on any new database. Returns false, leaving the folder empty, when it did nothing (the folder was
 * not empty, or no template could be made or copied, as on a read-only install): PGlite then
 * initialises the folder itself, as before.
 */
export async function copyPgliteTemplate(directory: string, options: PgliteTemplateOptions): Promise<boolean> {
  if ((await readdir(directory)).length > 0) return false;
  try {
    const template = await ensureTemplate({ ...options, folder: options.folder ?? defaultTemplateFolder() });
    // A reflink where the file system has them (a copy that shares blocks until written), else a copy.
    await cp(template, directory, { recursive: true, mode: constants.COPYFILE_FICLONE });
    return true;
  } catch {
    for (const name of await readdir(directory)) await rm(join(directory, name), { recursive: true, force: true });
    return false;
  }
}

function ensureTemplate(options: PgliteTemplateOptions & { folder: string }): Promise<string> {
  const key = `${options.folder}\0${options.startParams.join(' ')}`;
  let ensured = made.get(key);
  if (!ensured) {
    ensured = buildTemplate(options);
    made.set(key, ensured);
    // A failed build is tried again by the next database rather than given up for the process.
    ensured.catch(() => made.delete(key));
  }
  return ensured;
}

async function buildTemplate(options: PgliteTemplateOptions & { folder: string }): Promise<string> {
  const template = join(options.folder, await templateName(options.startParams));
  if (await exists(join(template, 'PG_VERSION'))) return template;
  await mkdir(options.folder, { recursive: true });
  await pruneOldTemplates(options.folder, template);
  // Made under a name of its own and renamed whole, so nobody copies a half-made template; when
  // several processes make one at once, the first rename wins and the others drop theirs.
  const building = `${template}.${randomUUID()}.building`;
  try {
    await mkdir(building);
    await options.initialise(building);
    await rename(building, template).catch(async (error: NodeJS.ErrnoException) => {
      if (!(await exists(join(template, 'PG_VERSION')))) throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return template;
}

async function templateName(startParams: string[]): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('@electric-sql/pglite')), 'utf8')) as { version: string };
  const parameters = createHash('sha256').update(startParams.join('\0')).digest('hex').slice(0, 12);
  return `${manifest.version}-${parameters}`;
}

// Templates of other PGlite versions, and builds a killed process left, once they are a day old.
async function pruneOldTemplates(folder: string, current: string): Promise<void> {
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if (path === current) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > dayMs) await rm(path, { recursive: true, force: true });
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);
