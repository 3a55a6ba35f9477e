/**
 * kuromoji with its bundled IPADIC dictionary, built once per thread: loading the dictionary takes
 * ~0.7 s and, read as kuromoji reads it, ~330 MB at its peak: each file is gunzipped and then copied,
 * and five of them are mostly zero padding (unk.dat is 10 MB for 398 bytes). Kiln reads the files
 * itself, one at a time, and keeps only their content (~230 MB peak, ~95 MB less), so every
 * analysis shares one lazily built tokenizer. Analyses reach it through the analysis thread (analysis-thread-pool.ts); text is
 * cut into bounded pieces first (split-for-tokenizer.ts), since kuromoji's cost grows with the square
 * of an unpunctuated stretch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import kuromoji from 'kuromoji';
import { maxPieceChars, splitForTokenizer } from './split-for-tokenizer.ts';

export interface JapaneseToken {
  surface: string;
  /** Dictionary form; the surface for unknown words. */
  basicForm: string;
  /** Reading of the surface in katakana; empty for unknown words. */
  reading: string;
  pos: string;
  posDetail: string;
  conjugatedForm: string;
  known: boolean;
  /** IPADIC's word cost (lower is likelier); null for unknown words. */
  wordCost: number | null;
}

export type Tokenize = (text: string) => JapaneseToken[];

let building: Promise<Tokenize> | undefined;

/** kuromoji's token record, with the word id the typings leave out. */
type RawToken = kuromoji.IpadicFeatures & { word_id: number };

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/**
 * The tokenizer, cutting text into pieces of at most `pieceChars` characters. `Infinity` hands text
 * to kuromoji whole: only for tests comparing the two, never for text from users.
 */
export async function japaneseTokenizer(pieceChars = maxPieceChars): Promise<Tokenize> {
  const tokenizePiece = await kuromojiTokenizer();
  return (text) => splitForTokenizer(text, pieceChars).flatMap(tokenizePiece);
}

/**
 * Files whose tail is zero padding that kuromoji never reads: byte buffers read at offsets their own
 * content gives. The trie (base, check) is read at computed offsets and keeps its length.
 */
const paddedFiles = new Set(['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_invoke.dat.gz', 'unk_map.dat.gz']);

/** One dictionary file as kuromoji's loader hands it on, less its padding: a margin keeps the last string's terminator. */
function loadDictionaryFile(file: string, done: (error: Error | null, buffer?: ArrayBuffer) => void): void {
  let data: Buffer;
  try {
    data = gunzipSync(readFileSync(file));
  } catch (error) {
    done(error as Error);
    return;
  }
  let end = data.length;
  if (paddedFiles.has(basename(file))) {
    while (end > 0 && data[end - 1] === 0) end -= 1;
    end = Math.min(data.length, (end + 64 + 7) & ~7);
  }
  const content = new ArrayBuffer(end);
  new Uint8Array(content).set(data.subarray(0, end));
  done(null, content);
}

interface DictionaryLoader {
  loadArrayBuffer: typeof loadDictionaryFile;
  load(done: (error: Error | null, dictionaries: unknown) => void): void;
}

function kuromojiTokenizer(): Promise<Tokenize> {
  building ??= new Promise<Tokenize>((resolve, reject) => {
    // kuromoji's own builder, with the file reading above in place of its loader's.
    const require = createRequire(import.meta.url);
    const Loader = require('kuromoji/src/loader/NodeDictionaryLoader.js') as new (path: string) => DictionaryLoader;
    const Tokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
    const loader = new Loader(dictionaryPath());
    loader.loadArrayBuffer = loadDictionaryFile;
    loader.load((error, dictionaries) => {
      const tokenizer = error ? undefined : new Tokenizer(dictionaries);
      if (error || !tokenizer) {
        building = undefined;
        reject(error);
        return;
      }
      // The cost sits 4 bytes into each entry of the token-info buffer (left id, right id, cost).
      const costs = (tokenizer as unknown as { token_info_dictionary: { dictionary: { getShort(offset: number): number } } })
        .token_info_dictionary.dictionary;
      resolve((text) =>
        (tokenizer.tokenize(text) as RawToken[]).map((token) => {
          const known = token.word_type === 'KNOWN';
          return {
            surface: token.surface_form,
            basicForm: token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form,
            reading: token.reading && token.reading !== '*' ? token.reading : '',
            pos: token.pos,
            posDetail: token.pos_detail_1,
            conjugatedForm: token.conjugated_form,
            known,
            wordCost: known ? costs.getShort(token.word_id + 4) : null,
          };
        }),
      );
    });
  });
  return building;
}
