import { formatTimestamp } from '../../../src/pipelines/vocabulary/exports/format-timestamp.ts';

export { formatTimestamp };

/** A sentence with the expression marked, so the learner sees the word in its context. */
export function HighlightedSentence({ sentence, expression }: { sentence: string; expression: string }) {
  const at = sentence.indexOf(expression);
  if (at < 0) return <span lang="ja">{sentence}</span>;
  return (
    <span lang="ja">
      {sentence.slice(0, at)}<mark>{expression}</mark>{sentence.slice(at + expression.length)}
    </span>
  );
}
