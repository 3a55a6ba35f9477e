/**
 * What makes `text` unstorable, or undefined when it is fine: a NUL character (PostgreSQL text and
 * jsonb refuse it) or a lone UTF-16 surrogate (not Unicode; encoders fail or mangle it). Left alone,
 * both surface later as a database error, far from the input that carried them. The sentence ends
 * with what to do, to follow "The field `x` contains …".
 */
export function describeUnstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character (U+0000); remove it';
  if (!text.isWellFormed()) {
    const surrogate = /[\ud800-\udfff]/.exec(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))?.[0] ?? '';
    const escaped = `\\u${surrogate.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return `a lone UTF-16 surrogate (${escaped}), which is not text; send valid Unicode`;
  }
  return undefined;
}
