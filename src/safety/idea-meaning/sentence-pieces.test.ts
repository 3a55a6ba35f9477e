import { describe, expect, it } from 'vitest';
import { encodeSentencePieces, readSentencePieceVocabulary } from './sentence-pieces.ts';

// Ids 0–5 are the control pieces, as in the encoder's vocabulary.
const controls: Array<[string, number]> = [['<unk>', 0], ['<s>', 0], ['</s>', 0], ['x1', 0], ['x2', 0], ['x3', 0]];
const vocabulary = readSentencePieceVocabulary([
  ...controls,
  ['▁the', -2], ['▁moon', -3], ['▁mo', -4], ['on', -4], ['▁', -5], ['s', -3], ['▁sleep', -3], ['y', -4], ['▁sleepy', -6],
]);
const ids = (pieces: string[]) => pieces.map((piece) => vocabulary.pieces.get(piece)!.id);

describe('encodeSentencePieces', () => {
  it('marks word starts and takes the highest-scoring cut, not the longest first match', () => {
    expect(encodeSentencePieces('the moon', vocabulary)).toEqual(ids(['▁the', '▁moon']));
    // "▁sleepy" alone scores -6; "▁sleep" + "y" scores -7: the single piece wins.
    expect(encodeSentencePieces('sleepy', vocabulary)).toEqual(ids(['▁sleepy']));
    expect(encodeSentencePieces('moons', vocabulary)).toEqual(ids(['▁moon', 's']));
  });

  it('reads a run of letters no piece covers as one unknown piece, and an empty text as nothing', () => {
    expect(encodeSentencePieces('the zzz moon', vocabulary)).toEqual([...ids(['▁the', '▁']), 0, ...ids(['▁moon'])]);
    expect(encodeSentencePieces('', vocabulary)).toEqual([]);
  });

  it('normalises to NFKC first, so full-width letters read as their plain forms', () => {
    expect(encodeSentencePieces('ｔｈｅ ｍｏｏｎ', vocabulary)).toEqual(ids(['▁the', '▁moon']));
  });
});
