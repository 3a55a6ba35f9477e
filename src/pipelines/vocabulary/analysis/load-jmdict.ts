/**
 * English meanings for ordinary words from a JMdict file the user supplies (JMdict is CC BY-SA 4.0,
 * © the Electronic Dictionary Research and Development Group; Kiln ships none of it). Reads
 * jmdict-simplified JSON (`words[].kanji[].text`, `kana[].text`, `sense[].gloss[].text`) or the
 * JMdict_e XML, which is ~60 MB: the XML is streamed and parsed entry by entry, keeping only the
 * spellings and the first glosses.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { BadInputError } from '../../../engine/errors/index.ts';
import type { MeaningLookup } from './meaning-lookup.ts';

interface Meaning {
  readings: string[];
  english: string;
}

/** Glosses kept per word: enough for a flashcard, small enough to keep the index light. */
const glossesKept = 3;

export class JmdictIndex implements MeaningLookup {
  private readonly byForm = new Map<string, Meaning[]>();
  size = 0;

  add(kanji: string[], kana: string[], glosses: string[]): void {
    if (glosses.length === 0 || kana.length === 0) return;
    const meaning = { readings: kana, english: glosses.slice(0, glossesKept).join('; ') };
    this.size += 1;
    for (const form of new Set([...kanji, ...kana])) {
      const list = this.byForm.get(form);
      if (list) list.push(meaning);
      else this.byForm.set(form, [meaning]);
    }
  }

  /** Readings of the words written `form` (in kanji, or in kana for kana-only words). */
  readingsOf(form: string): string[] {
    return this.byForm.get(form)?.flatMap((meaning) => meaning.readings) ?? [];
  }

  /** The entry written this way with this reading; else the first entry written this way. */
  lookup(dictionaryForm: string, reading: string): string | null {
    const candidates = this.byForm.get(dictionaryForm);
    if (!candidates) return null;
    return (candidates.find((meaning) => meaning.readings.includes(reading)) ?? candidates[0]).english;
  }
}

const simplifiedSchema = z.object({
  words: z.array(
    z.object({
      kanji: z.array(z.object({ text: z.string() })).default([]),
      kana: z.array(z.object({ text: z.string() })).default([]),
      sense: z.array(z.object({ gloss: z.array(z.object({ text: z.string(), lang: z.string().optional() })).default([]) })).default([]),
    }),
  ),
});

export async function loadJmdict(path: string): Promise<JmdictIndex> {
  const first = await firstCharacter(path);
  const index = new JmdictIndex();
  if (first === '{') await readSimplified(path, index);
  else if (first === '<') await readXml(path, index);
  else throw new BadInputError(`${path} is neither jmdict-simplified JSON nor JMdict XML; download JMdict_e or jmdict-eng JSON.`);
  return index;
}

async function firstCharacter(path: string): Promise<string> {
  const handle = await open(path, 'r').catch((error) => {
    throw new BadInputError(`The JMdict file ${path} cannot be opened (${error.code ?? error.message}).`, { cause: error });
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    return buffer.toString('utf8', 0, bytesRead).replace(/^\uFEFF/, '').trimStart().charAt(0);
  } finally {
    await handle.close();
  }
}

async function readSimplified(path: string, index: JmdictIndex): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const checked = simplifiedSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!checked.success) throw new BadInputError(`${path} is JSON but not jmdict-simplified: expected "words" with "kanji", "kana" and "sense".`);
  for (const word of checked.data.words) {
    const glosses = word.sense.flatMap((sense) => sense.gloss.filter((gloss) => !gloss.lang || gloss.lang === 'eng').map((gloss) => gloss.text));
    index.add(word.kanji.map((kanji) => kanji.text), word.kana.map((kana) => kana.text), glosses);
  }
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_match, name: string) => entities[name]);
const texts = (entry: string, tag: string) =>
  [...entry.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))]
    .filter((match) => !match[1] || !/xml:lang="(?!eng)/.test(match[1]))
    .map((match) => decode(match[2]));

async function readXml(path: string, index: JmdictIndex): Promise<void> {
  let pending = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    pending += chunk;
    let end = pending.indexOf('</entry>');
    let consumed = 0;
    while (end >= 0) {
      const start = pending.lastIndexOf('<entry>', end);
      if (start >= consumed) {
        const entry = pending.slice(start, end);
        index.add(texts(entry, 'keb'), texts(entry, 'reb'), texts(entry, 'gloss'));
      }
      consumed = end + '</entry>'.length;
      end = pending.indexOf('</entry>', consumed);
    }
    pending = pending.slice(consumed);
  }
}
