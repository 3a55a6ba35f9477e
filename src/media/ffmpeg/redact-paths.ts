/**
 * Replaces file paths in ffmpeg's words with what they stand for (`<input>`, `<output>`, `<data>`),
 * so an error answered to a client keeps ffmpeg's reason but never shows where the server keeps files.
 * The heap addresses in ffmpeg's line prefixes (`[mov,mp4 @ 0x55d1…]`) go too: they tell a client
 * nothing and an attacker where the process's memory lies.
 */
export function redactPaths(text: string, args: readonly string[]): string {
  let redacted = text.replace(heapAddress, '');
  for (const [path, label] of namedPaths(args)) redacted = redacted.replaceAll(path, label);
  // Paths ffmpeg found on its own (inside a list file, a manifest, its own temporary files).
  return redacted.replace(quotedPath, '$1<data>$1').replace(absolutePath, '<data>');
}

/** `args` with every path in it replaced as `redactPaths` does, for error details. */
export function redactArgs(args: readonly string[]): string[] {
  return args.map((arg) => redactPaths(arg, args));
}

const heapAddress = / @ 0x[0-9a-f]+(?=\])/gi;
// A quoted path may hold spaces; ffmpeg quotes the names it cannot open.
const quotedPath = /(['"])(?:file:\/\/)?\/[^'"\n]*\1/g;
// An absolute POSIX path of at least two segments, or a file: URL, not inside a word (kb/s, 1/2).
const absolutePath = /(?<![\w.:/\\])(?:file:\/\/)?\/(?:[^\s'"/,]+\/)+[^\s'",)]*/g;

function namedPaths(args: readonly string[]): Array<[string, string]> {
  const named: Array<[string, string]> = [];
  args.forEach((arg, index) => {
    if (!looksLikePath(arg)) return;
    if (args[index - 1] === '-i') named.push([arg, '<input>']);
    else if (index === args.length - 1) named.push([arg, '<output>']);
    else named.push([arg, '<data>']);
  });
  // Longest first, so a folder never replaces part of a longer path inside it.
  return named.sort((first, second) => second[0].length - first[0].length);
}

function looksLikePath(arg: string): boolean {
  return arg.length > 1 && (arg.startsWith('/') || /^[A-Za-z]:[\\/]/.test(arg) || arg.startsWith('./'));
}
