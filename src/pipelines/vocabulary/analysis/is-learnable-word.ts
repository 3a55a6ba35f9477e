/**
 * Whether a token is an ordinary word worth offering to a learner: content words only (nouns,
 * independent verbs and adjectives, adverbs), never particles, auxiliaries, fillers (えっと, あの,
 * まあ), interjections, numbers, symbols, pronouns, suffixes, single kana, proper names or the
 * ~300 most common words. Unknown words (no dictionary entry) have no reliable reading; the glossary
 * covers the slang among them.
 */
import { isHiragana } from 'wanakana';
import type { MeaningLookup } from './meaning-lookup.ts';
import { commonWords } from './common-words.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';

const skippedNounDetails = new Set(['数', '代名詞', '非自立', '接尾', '固有名詞', '特殊', '引用文字列', '副詞可能']);
const contentPos = new Set(['名詞', '動詞', '形容詞', '副詞']);
/** Hesitations IPADIC does not always tag as フィラー. */
const fillers = new Set(['えっと', 'えーと', 'えっ', 'あの', 'あのー', 'まあ', 'まぁ', 'その', 'なんか', 'うーん', 'えー', 'あー']);

/**
 * Interjections and conjunctions the dictionary has but does not mark common are dialect or slang a
 * learner meets in streams (あかん, おおきに), not the everyday ones (はい, でも, だから); those it
 * enters only as interjections are cries and calls (ぎゃあ, おーい), not words to learn.
 */
const exclamationPos = new Set(['感動詞', '接続詞']);

export function isLearnableWord(token: JapaneseToken, meanings?: MeaningLookup): boolean {
  if (token.known && exclamationPos.has(token.pos) && meanings?.isCommon && meanings.partOfSpeech) {
    const partOfSpeech = meanings.partOfSpeech(token.basicForm, token.reading);
    return partOfSpeech !== null && partOfSpeech.split(',').some((code) => code !== 'int') && [...token.basicForm].length >= 3 && !fillers.has(token.surface) && !commonWords.has(token.basicForm) && !meanings.isCommon(token.basicForm);
  }
  if (!token.known || !contentPos.has(token.pos)) return false;
  if (token.pos === '名詞' && skippedNounDetails.has(token.posDetail)) return false;
  if ((token.pos === '動詞' || token.pos === '形容詞') && token.posDetail !== '自立') return false;
  const lemma = token.basicForm;
  // Hiragana-only words under three characters are too ambiguous in speech (えっと splits into えっ(える) + と).
  if ([...lemma].length < 3 && isHiragana(lemma)) return false;
  if (fillers.has(token.surface)) return false;
  if (/^[\p{N}\p{P}\p{S}\p{Script=Latin}\s]+$/u.test(lemma)) return false;
  return !commonWords.has(lemma) && !commonWords.has(token.surface);
}

/** Tokens that count as running words for the comprehension figure. */
export function isContentToken(token: JapaneseToken): boolean {
  return token.pos !== '記号' && token.pos !== '助詞' && token.pos !== '助動詞' && token.pos !== 'フィラー';
}
