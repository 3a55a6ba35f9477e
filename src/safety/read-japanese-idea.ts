/**
 * Japanese ideas read in English, as French, Spanish and German are through FreeDict: the vocabulary
 * studio's tokenizer (kuromoji with IPADIC) finds each word's dictionary form (触って → 触る, 飲んで → 飲む),
 * and EDICT (Debian's `edict`, read in place through the studio's index) gives its English, so the English
 * rules, shapes and warning signs read 男の人が夜に女の子のベッドに入って触る話 as "man night girl bed enter touch".
 * Loading costs about a second (IPADIC) the first time an idea may be Japanese, and the EDICT index is built
 * once per data folder (a few seconds, then kept); after that a check reads an idea in milliseconds.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { isDictionaryWord } from './wordnet-lexicon.ts';
import type { IdeaGloss } from './gloss-idea.ts';
import { japaneseTokenizer, type JapaneseToken, type Tokenize } from '../pipelines/vocabulary/analysis/japanese-tokenizer.ts';
import { debianEdictPath, loadEdict } from '../pipelines/vocabulary/analysis/load-edict.ts';
import type { EdictIndex } from '../pipelines/vocabulary/analysis/edict-index.ts';
import type { DictionaryEntry } from '../pipelines/vocabulary/analysis/parse-edict-line.ts';

/** Parts of speech that carry an idea's content; particles, auxiliaries, prefixes and symbols carry none. */
const contentParts = new Set(['名詞', '動詞', '形容詞', '副詞', '連体詞', '感動詞']);
/** Noun kinds that are grammar, not content (こと, ため, numbers), in IPADIC's tags. */
const grammaticalNouns = new Set(['非自立', '代名詞', '数', '接尾']);
/** Entries read per word written in kana only: a kana word may be any of its homophones (うつ: hit, shoot). */
const homophonesRead = 3;
/** IPADIC's negating auxiliaries (ない, ぬ and its ん and ず): the "not" of 言わない, 知らない, 言っちゃだめ's cousins. */
const negatingAuxiliaries = new Set(['ない', 'ぬ', 'ん', 'ず']);
const glossesPerWord = 4;

/** A word's English from one EDICT entry: "to touch; to feel" → touch, feel; bracketed notes and "etc." dropped. */
export function englishOfEntry(entry: DictionaryEntry): string[] {
  return entry.english.split(/;\s*/)
    .map((gloss) => gloss.replace(/\([^)]*\)|\betc\.?/g, '').replace(/^to\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((gloss) => /^[a-z][a-z' -]*$/i.test(gloss));
}

export class JapaneseIdeaReader {
  // Plain fields, not parameter properties: the reader's thread (japanese-idea-thread-body.ts) is loaded by Node's type stripping.
  private readonly tokenize: Tokenize;
  private readonly edict: EdictIndex;

  constructor(tokenize: Tokenize, edict: EdictIndex) {
    this.tokenize = tokenize;
    this.edict = edict;
  }

  /** The idea's content words with their English, in the idea's order; see IdeaGloss. */
  gloss(text: string): IdeaGloss {
    return this.glossWords(this.tokenize(text.normalize('NFKC')).flatMap((token) => this.entriesOfWord(token)));
  }

  /**
   * A romanised idea's words in kana, each read on its own (the writer's spaces are its word breaks): a kana
   * word EDICT has whole (おとこのこ, boy) is that entry, another is read by the tokenizer (いって: 行く + て).
   */
  glossKana(words: string[]): IdeaGloss {
    return this.glossWords(words.flatMap((word) => (this.isWhole(word) ? [this.homophones(word)] : this.tokenize(word).flatMap((token) => this.entriesOfWord(token)))));
  }

  /**
   * Whether a run of kana is one Japanese word, perhaps inflected: EDICT has it whole, or the tokenizer reads it
   * as one known content word and grammar after it (いって: 行く + て) and EDICT has that word. "amici" as あみち is two words, so no.
   */
  isWord(kana: string): boolean {
    if (this.isWhole(kana)) return true;
    const tokens = this.tokenize(kana);
    const content = tokens.filter(isContent);
    if (tokens.some((token) => !token.known)) return false;
    // A particle (が, で, と) or a one-kana word (子 in おんなのこ written apart): Japanese, if nothing else is.
    if (tokens.length === 1 && (grammarParts.has(tokens[0].pos) || [...kana].length === 1)) return true;
    return content.length === 1 && [...content[0].basicForm].length >= 2 && this.edict.has(content[0].basicForm);
  }

  /** A content word's entries; a negating auxiliary (知らない: know + not) as the English "not" the telling shapes read. */
  private entriesOfWord(token: JapaneseToken): DictionaryEntry[][] {
    if (token.pos === '助動詞' && negatingAuxiliaries.has(token.basicForm)) return [[{ headword: token.basicForm, reading: '', partOfSpeech: 'aux', common: true, english: 'not' }]];
    return isContent(token) ? [this.entriesOf(token)] : [];
  }

  private glossWords(entriesByWord: DictionaryEntry[][]): IdeaGloss {
    const parts = entriesByWord.map((entries) => [...new Set(entries.flatMap(englishOfEntry))].slice(0, glossesPerWord)).filter((glosses) => glosses.length > 0);
    const sentence = parts.map((glosses) => glosses.find((gloss) => isDictionaryWord(gloss.toLowerCase())) ?? glosses[0]).join(' ');
    const english = `${sentence}\n${parts.map((glosses) => glosses.join(', ')).join('; ')}`;
    return { language: 'jpn', english, sentence, foundShare: entriesByWord.length === 0 ? 0 : parts.length / entriesByWord.length, byWord: parts };
  }

  /** A kana spelling EDICT has as a headword or reading, of three kana or more: shorter ones are mostly particles or homophones of many words. */
  private isWhole(kana: string): boolean {
    return [...kana].length >= 3 && this.edict.has(kana);
  }

  /** The entries of a kana spelling: its commonest homophones, since kana alone does not say which is meant. */
  private homophones(kana: string): DictionaryEntry[] {
    const entries = this.edict.entriesFor(kana);
    const common = entries.filter((entry) => entry.common);
    return (common.length > 0 ? common : entries).slice(0, homophonesRead);
  }

  /** The EDICT entries a token stands for: by spelling and reading, or for a kana spelling, its commonest homophones. */
  private entriesOf(token: JapaneseToken): DictionaryEntry[] {
    const form = token.basicForm;
    // A conjugated surface's reading is not its dictionary form's: look the form up by spelling alone.
    const reading = token.surface === form ? token.reading : '';
    if (/^[\p{Script=Hiragana}ー]+$/u.test(form)) return this.homophones(form);
    const entry = this.edict.entry(form, reading);
    return entry ? [entry] : [];
  }
}

const grammarParts = new Set(['助詞', '助動詞', '接続詞']);

function isContent(token: JapaneseToken): boolean {
  return token.known && contentParts.has(token.pos) && !(token.pos === '名詞' && grammaticalNouns.has(token.posDetail))
    && !(token.pos === '動詞' && token.posDetail === '非自立');
}

let dictionaryFolder: string | undefined;

/** Names the data folder the EDICT index is kept in (the config's `dataDir`); the runtime and the CLI call it at start. */
export function useJapaneseDictionaryFolder(folder: string | undefined): void {
  dictionaryFolder = folder;
}

/** The folder named by useJapaneseDictionaryFolder, for the reader's thread. */
export function japaneseDictionaryFolder(): string | undefined {
  return dictionaryFolder;
}

let loading: Promise<JapaneseIdeaReader | undefined> | undefined;

/**
 * The reader, loaded once per process on first use; undefined when EDICT is not installed (Japanese is then
 * read by its term lists alone, as `kiln doctor` says). Without a configured data folder (a test, a bench) the
 * index is kept in the system's temporary folder.
 */
export function japaneseIdeaReader(edictPath: string = debianEdictPath): Promise<JapaneseIdeaReader | undefined> {
  if (!existsSync(edictPath)) return Promise.resolve(undefined);
  loading ??= (async () => {
    const folder = dictionaryFolder ?? join(tmpdir(), 'kiln-dictionaries');
    const [tokenize, edict] = await Promise.all([japaneseTokenizer(), loadEdict(edictPath, folder)]);
    return new JapaneseIdeaReader(tokenize, edict);
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
