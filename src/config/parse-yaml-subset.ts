/**
 * Reads the part of YAML a Kiln config needs: nested maps, lists (of scalars or of maps), quoted and
 * plain strings, numbers, booleans, null, one-line lists (`[a, b]`) and comments. Anchors, tags,
 * multi-line strings and nested one-line maps are refused with the line number, never misread.
 * (The `yaml` package is only a transitive dependency here, so Kiln does not rely on it.)
 */

export class YamlSubsetError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'YamlSubsetError';
  }
}

interface Line {
  number: number;
  indent: number;
  text: string;
}

/** Cuts a comment: `#` at the start or after a space, outside quotes. */
function stripComment(text: string): string {
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '#' && (index === 0 || /\s/.test(text[index - 1]))) {
      return text.slice(0, index);
    }
  }
  return text;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const number = index + 1;
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '' || text === '---' || text === '...') return;
    const indent = text.length - text.trimStart().length;
    if (text.slice(0, indent).includes('\t')) throw new YamlSubsetError('indent with spaces, not tabs', number);
    lines.push({ number, indent, text: text.trimStart() });
  });
  return lines;
}

/** Splits at commas that are not inside quotes. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < inner.length; index++) {
    const character = inner[index];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === ',') {
      parts.push(inner.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.map((part) => part.trim());
}

function parseScalar(text: string, line: number): unknown {
  const value = text.trim();
  if (value.startsWith('"')) {
    if (!value.endsWith('"') || value.length < 2) throw new YamlSubsetError(`unterminated string ${value}`, line);
    try {
      return JSON.parse(value);
    } catch {
      throw new YamlSubsetError(`bad escape in ${value}`, line);
    }
  }
  if (value.startsWith("'")) {
    if (!value.endsWith("'") || value.length < 2) throw new YamlSubsetError(`unterminated string ${value}`, line);
    return value.slice(1, -1).replaceAll("''", "'");
  }
  if (value === '[]') return [];
  if (value === '{}') return {};
  if (value.startsWith('[')) {
    if (!value.endsWith(']')) throw new YamlSubsetError(`unterminated list ${value}`, line);
    const items = splitFlow(value.slice(1, -1));
    if (items.some((item) => /^[[{]/.test(item))) throw new YamlSubsetError('nested one-line lists or maps are not supported; use indented blocks', line);
    return items.filter((item, index) => item !== '' || index < items.length - 1).map((item) => parseScalar(item, line));
  }
  if (/^[&*!|>{%@`]/.test(value)) {
    throw new YamlSubsetError(`"${value}" uses YAML that Kiln's reader does not support; quote the value or use kiln.config.json`, line);
  }
  if (value === '' || value === '~' || value === 'null') return null;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  if (/^[-+]?(\d[\d_]*)$/.test(value)) return Number(value.replaceAll('_', ''));
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(value)) return Number(value);
  return value;
}

/** Finds `key: value` (or `key:` at the end), the colon outside quotes. */
function splitKey(text: string, line: number): { key: string; rest: string } | undefined {
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === ':' && (index === text.length - 1 || text[index + 1] === ' ')) {
      const rawKey = text.slice(0, index).trim();
      const key = /^["']/.test(rawKey) ? String(parseScalar(rawKey, line)) : rawKey;
      return { key, rest: text.slice(index + 1).trim() };
    }
  }
  return undefined;
}

const isListItem = (line: Line) => line.text === '-' || line.text.startsWith('- ');

export function parseYamlSubset(source: string): unknown {
  const lines = splitLines(source);
  let position = 0;

  function parseBlock(indent: number): unknown {
    return isListItem(lines[position]) ? parseList(indent) : parseMap(indent);
  }

  /** The value after `key:` or `-` with nothing on the line: an indented block, or null. */
  function parseNested(parentIndent: number, allowSameIndentList: boolean): unknown {
    const next = lines[position];
    if (next && next.indent > parentIndent) return parseBlock(next.indent);
    // YAML lets a map's list sit at the key's own indent ("key:\n- a").
    if (next && allowSameIndentList && next.indent === parentIndent && isListItem(next)) return parseList(parentIndent);
    return null;
  }

  function parseMap(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (position < lines.length && lines[position].indent === indent && !isListItem(lines[position])) {
      const line = lines[position];
      const pair = splitKey(line.text, line.number);
      if (!pair) throw new YamlSubsetError(`expected "key: value", got "${line.text}"`, line.number);
      if (Object.hasOwn(map, pair.key)) throw new YamlSubsetError(`"${pair.key}" appears twice`, line.number);
      position++;
      map[pair.key] = pair.rest === '' ? parseNested(indent, true) : parseScalar(pair.rest, line.number);
    }
    const stray = lines[position];
    if (stray && stray.indent > indent) throw new YamlSubsetError('unexpected indent', stray.number);
    return map;
  }

  function parseList(indent: number): unknown[] {
    const list: unknown[] = [];
    while (position < lines.length && lines[position].indent === indent && isListItem(lines[position])) {
      const line = lines[position];
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        position++;
        list.push(parseNested(indent, false));
      } else if (!rest.startsWith('[') && splitKey(rest, line.number)) {
        // "- key: value" opens a map whose keys line up with "key"; read it as if it were indented there.
        const offset = line.text.length - rest.length;
        lines[position] = { number: line.number, indent: indent + offset, text: rest };
        list.push(parseMap(indent + offset));
      } else {
        position++;
        list.push(parseScalar(rest, line.number));
      }
    }
    const stray = lines[position];
    if (stray && stray.indent > indent) throw new YamlSubsetError('unexpected indent', stray.number);
    return list;
  }

  if (lines.length === 0) return {};
  const first = lines[0];
  if (first.indent !== 0) throw new YamlSubsetError('the first line must not be indented', first.number);
  const document = parseBlock(0);
  if (position < lines.length) throw new YamlSubsetError('unexpected indent', lines[position].number);
  return document;
}
