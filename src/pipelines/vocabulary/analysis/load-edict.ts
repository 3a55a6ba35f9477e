/**
 * EDICT (the JMdict-derived dictionary Debian's `edict` package installs at /usr/share/edict/edict,
 * EUC-JP, CC BY-SA 4.0, © EDRDG) as meanings for the analyser. The file is read in place, never
 * copied into the repository; the first start indexes it into the data folder (about 2 s), later
 * starts open that index in milliseconds and read it in place. The index is rebuilt when the source's size or time changes.
 *
 * A plain function of two paths, cached per process: a worker thread calls it by path as well.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../../../engine/errors/index.ts';
import { writeFileAtomically } from '../../../engine/write-file-atomically.ts';
import { FileBytes } from '../../../store/file-bytes.ts';
import { EdictIndex, edictIndexLine } from './edict-index.ts';
import { parseEdictLine } from './parse-edict-line.ts';

/** Where Debian's and Ubuntu's `edict` package puts the dictionary. */
export const debianEdictPath = '/usr/share/edict/edict';

/** Bumped when the index lines change shape or content (4: no vulgar second sense), so an old index is rebuilt rather than misread. */
const indexFormat = 4;

const indexes = new Map<string, Promise<EdictIndex>>();

export async function loadEdict(sourcePath: string, dataFolder: string): Promise<EdictIndex> {
  const source = await stat(sourcePath).catch((error) => {
    throw new BadInputError(`The EDICT file ${sourcePath} cannot be read (${error.code ?? error.message}); install it with apt-get install edict.`, { cause: error });
  });
  const stamp = `kiln-edict-index ${indexFormat} ${source.size} ${Math.trunc(source.mtimeMs)}\n`;
  const cacheKey = `${sourcePath}\n${dataFolder}\n${stamp}`;
  let loading = indexes.get(cacheKey);
  if (!loading) {
    loading = openOrBuild(sourcePath, dataFolder, stamp);
    indexes.set(cacheKey, loading);
    loading.catch(() => indexes.delete(cacheKey));
  }
  return loading;
}

async function openOrBuild(sourcePath: string, dataFolder: string, stamp: string): Promise<EdictIndex> {
  // One index per source file, so a test's small EDICT never replaces the real one's index.
  const name = `edict-${createHash('sha256').update(sourcePath).digest('hex').slice(0, 12)}.tsv`;
  const indexPath = join(dataFolder, 'dictionaries', name);
  const stampBytes = Buffer.byteLength(stamp);
  if (await readStamp(indexPath, stampBytes) !== stamp) {
    const body = indexBody(await readFile(sourcePath));
    await writeAtomically(indexPath, Buffer.concat([Buffer.from(stamp), body]));
  }
  // Read in place rather than whole: 40 MB less held (kept open for the process, like the index itself).
  return new EdictIndex(new FileBytes(indexPath, stampBytes));
}

/** The first `bytes` of the index file as text; empty when there is none. */
async function readStamp(indexPath: string, bytes: number): Promise<string> {
  const file = await open(indexPath).catch(() => null);
  if (!file) return '';
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

/** The sorted index lines: every entry under its headword and, when it differs, its reading. */
function indexBody(eucJp: Buffer): Buffer {
  const lines: Array<{ key: string; line: string }> = [];
  for (const text of new TextDecoder('euc-jp').decode(eucJp).split('\n')) {
    const entry = parseEdictLine(text);
    if (!entry) continue;
    lines.push({ key: entry.headword, line: edictIndexLine(entry.headword, entry) });
    if (entry.reading !== entry.headword) lines.push({ key: entry.reading, line: edictIndexLine(entry.reading, entry) });
  }
  // Stable, so a spelling's entries keep the dictionary's order (its first sense of a homograph first).
  lines.sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
  return Buffer.from(lines.map(({ line }) => `${line}\n`).join(''));
}

/** A crash mid-write never leaves half an index under the real name. */
async function writeAtomically(path: string, data: Buffer): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFileAtomically(path, data);
}
