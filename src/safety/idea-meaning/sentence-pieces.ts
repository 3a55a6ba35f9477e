/**
 * SentencePiece's unigram tokenizer, as the Universal Sentence Encoder (lite) was trained with: the text in
 * NFKC with "▁" marking each word's start, cut into the vocabulary's pieces along the path whose piece scores
 * (log probabilities) add up highest. A letter no piece covers becomes the unknown piece (id 0), and a run of
 * unknown letters one unknown piece, as SentencePiece does.
 */
const wordStart = '\u2581';
const unknownId = 0;
// The vocabulary's first entries are control symbols (<unk>, <s>, </s>, reserved ids), never matched in text.
const controlPieces = 6;

export interface SentencePieceVocabulary {
  /** Piece text to its id and score. */
  pieces: Map<string, { id: number; score: number }>;
  /** The longest piece, in code points: no match is looked for beyond it. */
  longest: number;
}

/** The vocabulary of a `vocab.json` list of `[piece, score]`, in id order. */
export function readSentencePieceVocabulary(entries: Array<[string, number]>): SentencePieceVocabulary {
  const pieces = new Map<string, { id: number; score: number }>();
  let longest = 1;
  for (let id = controlPieces; id < entries.length; id += 1) {
    const [piece, score] = entries[id];
    pieces.set(piece, { id, score });
    longest = Math.max(longest, [...piece].length);
  }
  return { pieces, longest };
}

/** The piece ids of a text; empty for an empty text. */
export function encodeSentencePieces(text: string, vocabulary: SentencePieceVocabulary): number[] {
  const normalized = text.normalize('NFKC');
  if (normalized.length === 0) return [];
  const letters = [...(wordStart + normalized.replace(/ /g, wordStart))];
  // best[end]: the highest total score of pieces covering letters[0..end); from[end]: where its last piece starts.
  const best = new Float64Array(letters.length + 1).fill(-Infinity);
  const from = new Int32Array(letters.length + 1);
  const pieceAt = new Int32Array(letters.length + 1);
  best[0] = 0;
  for (let start = 0; start < letters.length; start += 1) {
    if (best[start] === -Infinity) continue;
    let piece = '';
    let matched = false;
    for (let end = start + 1; end <= Math.min(letters.length, start + vocabulary.longest); end += 1) {
      piece += letters[end - 1];
      const entry = vocabulary.pieces.get(piece);
      if (!entry) continue;
      matched = true;
      const score = best[start] + entry.score;
      if (score > best[end]) {
        best[end] = score;
        from[end] = start;
        pieceAt[end] = entry.id;
      }
    }
    // An uncovered letter: the unknown piece, scored well below any real piece so it is the last resort.
    if (!matched && best[start] - 100 > best[start + 1]) {
      best[start + 1] = best[start] - 100;
      from[start + 1] = start;
      pieceAt[start + 1] = unknownId;
    }
  }
  const ids: number[] = [];
  for (let end = letters.length; end > 0; end = from[end]) ids.push(pieceAt[end]);
  ids.reverse();
  return ids.filter((id, at) => !(id === unknownId && ids[at - 1] === unknownId));
}
