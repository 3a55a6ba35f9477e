/**
 * The items of one tokenised sentence, for the transcript analyser and the live mode alike: glossary
 * expressions first (longest match over characters), grammar patterns by rule, then words, where a
 * run of tokens the dictionary knows as one headword (罰|ゲーム → 罰ゲーム, 初|見殺し → 初見殺し)
 * is one word, as a dictionary tool's scanner reads it, and every other learnable token is a word in
 * its dictionary form.
 */
import { isKatakana } from 'wanakana';
import { detectGrammarPatterns } from './detect-grammar-patterns.ts';
import { dictionaryReading } from './dictionary-reading.ts';
import { isLearnableWord } from './is-learnable-word.ts';
import { hiraganaReading } from './lemma-reading.ts';
import type { ItemDraft } from './item-collector.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { matchGlossary } from './match-glossary.ts';
import type { MeaningLookup } from './meaning-lookup.ts';
import { rateWordDifficulty } from './rate-word-difficulty.ts';
import { glossaryKey, type GlossaryEntry, type GlossaryIndex } from './stream-glossary.ts';

export interface SentenceItem {
  draft: ItemDraft;
  /** The tokens it was found in: `from` up to, not including, `to`. */
  from: number;
  to: number;
}

/** Longest run of tokens tried as one dictionary word. */
const maxMergedTokens = 4;
/** Tokens a dictionary word may be built from: no particles, auxiliaries or punctuation inside. */
const mergeablePos = new Set(['名詞', '接頭詞', '動詞', '形容詞', '副詞']);

export function findSentenceItems(tokens: JapaneseToken[], glossary: GlossaryIndex, meanings?: MeaningLookup): SentenceItem[] {
  const items: SentenceItem[] = [];
  const taken = new Uint8Array(tokens.length);
  // Grammar inside a slang expression (うま|すぎ in うますぎ) is still grammar, so only patterns block the rules.
  const grammarTaken = new Uint8Array(tokens.length);
  for (const match of matchGlossary(tokens, glossary)) {
    taken.fill(1, match.from, match.to);
    if (match.entry.kind === 'grammar_pattern') grammarTaken.fill(1, match.from, match.to);
    // As said when said in one of its spellings; the headword when found through a conjugated form (台パンし).
    const asSaid = match.entry.kind !== 'grammar_pattern' && glossary.byKey.get(glossaryKey(match.surface)) === match.entry;
    const draft = glossaryDraft(match.entry, asSaid ? match.surface : match.entry.headword);
    // A katakana spelling of its own (コメント for コメ, スーパーチャット for スパチャ) is its own word, read as written.
    if (asSaid && isKatakana(match.surface) && glossaryKey(match.surface) !== glossaryKey(match.entry.headword)) {
      draft.dictionaryForm = match.surface;
      draft.reading = hiraganaReading(match.surface);
    }
    items.push({ draft, from: match.from, to: match.to });
  }
  for (const hit of detectGrammarPatterns(tokens, grammarTaken)) {
    const entry = glossary.byHeadword.get(hit.headword);
    if (!entry) continue;
    taken.fill(1, hit.index, hit.to);
    items.push({ draft: glossaryDraft(entry, entry.headword), from: hit.index, to: hit.to });
  }
  for (let index = 0; index < tokens.length; index += 1) {
    if (taken[index]) continue;
    const merged = meanings?.readingsOf ? dictionaryWordAt(tokens, taken, index, meanings) : null;
    const token = merged?.token ?? tokens[index];
    const to = merged?.to ?? index + 1;
    if (isLearnableWord(token, meanings)) items.push({ draft: wordDraft(token, meanings), from: index, to });
    index = to - 1;
  }
  return items;
}

/** The longest run of free tokens from `from` that the dictionary has as one headword, as one token. */
function dictionaryWordAt(tokens: JapaneseToken[], taken: Uint8Array, from: number, meanings: MeaningLookup): { token: JapaneseToken; to: number } | null {
  if (!tokens[from].known || !mergeablePos.has(tokens[from].pos)) return null;
  let end = from + 1;
  while (end < tokens.length && end - from < maxMergedTokens && !taken[end] && mergeablePos.has(tokens[end].pos) && tokens[end].known) end += 1;
  for (let to = end; to >= from + 2; to -= 1) {
    const run = tokens.slice(from, to);
    const last = run.at(-1)!;
    if (last.pos === '接頭詞' || last.posDetail === '非自立') continue;
    const stem = run.slice(0, -1).map((token) => token.surface).join('');
    const form = stem + last.basicForm;
    if (meanings.readingsOf!(form).length === 0) continue;
    return {
      to,
      token: {
        surface: stem + last.surface,
        basicForm: form,
        reading: run.map((token) => token.reading || token.surface).join(''),
        pos: last.pos,
        // The run is one ordinary word now, whatever IPADIC thought its pieces were (台 as a name, say).
        posDetail: last.pos === '名詞' ? '一般' : '自立',
        conjugatedForm: last.conjugatedForm,
        known: true,
        wordCost: null,
      },
    };
  }
  return null;
}

/** An item for a glossary expression as it was said; the live mode builds its items from it too. */
export function glossaryDraft(entry: GlossaryEntry, expression: string): ItemDraft {
  return {
    expression,
    dictionaryForm: entry.headword,
    reading: entry.reading,
    english: entry.english,
    meaningSource: 'glossary',
    kind: entry.kind,
    difficulty: entry.difficulty,
    tags: ['glossary'],
    note: entry.note,
  };
}

/** An ordinary word under its dictionary form (拾う, never the stem 拾っ that was said). */
function wordDraft(token: JapaneseToken, meanings: MeaningLookup | undefined): ItemDraft {
  const reading = dictionaryReading(token, meanings);
  const english = meanings?.lookup(token.basicForm, reading) ?? null;
  return {
    expression: token.basicForm,
    dictionaryForm: token.basicForm,
    reading,
    english,
    meaningSource: english ? 'jmdict' : 'none',
    kind: 'word',
    difficulty: rateWordDifficulty(token.basicForm, token.wordCost, commonness(token.basicForm, meanings)),
    tags: [token.pos],
    note: null,
  };
}

/** The dictionary's priority mark for `form`; undefined when no dictionary has the word (or tells). */
function commonness(form: string, meanings: MeaningLookup | undefined): boolean | undefined {
  if (!meanings?.isCommon || !meanings.readingsOf || meanings.readingsOf(form).length === 0) return undefined;
  return meanings.isCommon(form);
}
