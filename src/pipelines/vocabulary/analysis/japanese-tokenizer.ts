/**
 * kuromoji with its bundled IPADIC dictionary, built once per thread: loading the dictionary takes
 * ~0.7 s and ~350 MB (250 MB of it buffers outside the JS heap), so every analysis shares one lazily
 * built tokenizer. Analyses reach it through the analysis thread (analysis-thread-pool.ts); text is
 * cut into bounded pieces first (split-for-tokenizer.ts), since kuromoji's cost grows with the square
 * of an unpunctuated stretch.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

function kuromojiTokenizer(): Promise<Tokenize> {
  building ??= new Promise<Tokenize>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
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
