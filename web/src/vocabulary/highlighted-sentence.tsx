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

/** `m:ss` or `h:mm:ss` for a time in seconds. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
