/**
 * Reads an `.apkg` the way Anki does, written from Anki's collection schema (the `col`, `notes` and
 * `cards` tables of schema 11) rather than from Kiln's writer, so a test can hold a package to
 * Anki's own checks: each note's `csum` is the first 8 hex digits of the SHA-1 of its first field
 * with HTML stripped, read as an integer; `mod` is in seconds; `conf.curModel` names a model.
 * It opens the SQLite file with Node's own sqlite module, not the sql.js the writer uses.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import JSZip from 'jszip';

export interface AnkiPackage {
  conf: { curModel?: string | number; [key: string]: unknown };
  models: Record<string, { name: string; flds: { name: string; ord: number }[]; sortf: number }>;
  decks: Record<string, { name: string; desc: string }>;
  notes: Array<{ id: number; guid: string; mid: number; mod: number; fields: string[]; sfld: string | number; csum: number; tags: string }>;
  cards: Array<{ id: number; nid: number; did: number; mod: number; due: number }>;
  /** The media map: the zip entry's name (`0`, `1`, …) to the file name the fields use. */
  media: Record<string, string>;
  /** The zip's entry names. */
  entries: string[];
  /** A media file's bytes by the name the fields use. */
  mediaFile(name: string): Promise<Buffer | undefined>;
}

/** Anki's stripHTMLMedia: an image becomes its file name, other tags go, basic entities are decoded. */
export function stripAnkiHtml(html: string): string {
  return html
    .replace(/<img[^>]*src=["']?([^"'>]+)["']?[^>]*>/gi, ' $1 ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .trim();
}

/** Anki's fieldChecksum. */
export const ankiFieldChecksum = (field: string) => Number.parseInt(createHash('sha1').update(stripAnkiHtml(field)).digest('hex').slice(0, 8), 16);

export async function readAnkiPackage(apkg: Buffer): Promise<AnkiPackage> {
  const zip = await JSZip.loadAsync(apkg);
  const folder = await mkdtemp(join(tmpdir(), 'kiln-apkg-read-'));
  try {
    const path = join(folder, 'collection.anki2');
    await writeFile(path, await zip.file('collection.anki2')!.async('nodebuffer'));
    const database = new DatabaseSync(path, { readOnly: true });
    try {
      const col = database.prepare('SELECT conf, models, decks FROM col').get() as { conf: string; models: string; decks: string };
      const notes = (database.prepare('SELECT id, guid, mid, mod, flds, sfld, csum, tags FROM notes ORDER BY id').all() as any[])
        .map(({ flds, ...note }) => ({ ...note, fields: String(flds).split('\x1f') }));
      const cards = database.prepare('SELECT id, nid, did, mod, due FROM cards ORDER BY id').all() as AnkiPackage['cards'];
      const media = JSON.parse(await zip.file('media')?.async('string') ?? '{}') as Record<string, string>;
      const byName = new Map(Object.entries(media).map(([entry, name]) => [name, entry]));
      return {
        conf: JSON.parse(col.conf), models: JSON.parse(col.models), decks: JSON.parse(col.decks), notes, cards, media,
        entries: Object.keys(zip.files),
        mediaFile: async (name) => (byName.has(name) ? zip.file(byName.get(name)!)?.async('nodebuffer') : undefined),
      };
    } finally {
      database.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
