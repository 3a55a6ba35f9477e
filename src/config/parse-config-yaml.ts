import { isAlias, isMap, isNode, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** A YAML config file that cannot be read, with the line a person should look at. */
export class ConfigYamlError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'ConfigYamlError';
  }
}

/**
 * Reads a YAML config file with the `yaml` package (YAML 1.2 core schema: `yes` stays a string).
 * Anchors, aliases, merge keys and tags are refused with their line: a config means what it says
 * where it says it, and aliases are how a small file expands into a huge one. An empty file is `{}`.
 */
export function parseConfigYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, merge: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  // A key indented under a plain value reads to the parser as one key spanning two lines; say where.
  const deeperKey = document.errors.find((candidate) => candidate.code === 'MULTILINE_IMPLICIT_KEY');
  if (deeperKey) throw new ConfigYamlError('unexpected indent: this key sits deeper than the one above it, which already has a value', lineOf(deeperKey.pos[1]));
  const [error] = document.errors;
  if (error?.code === 'MULTIPLE_DOCS') throw new ConfigYamlError('a config file holds one document; remove the "---" line and what follows it, or merge them', lineOf(error.pos[0]));
  if (error) throw new ConfigYamlError(error.message.replace(/\s+/g, ' ').trim(), lineOf(error.pos[0]));
  if (document.contents && !isMap(document.contents)) {
    throw new ConfigYamlError('expected "key: value" lines (a map of settings), e.g. "backends:"', lineOf(document.contents.range?.[0]));
  }
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    const at = lineOf((node as Node).range?.[0]);
    if (isAlias(node)) throw new ConfigYamlError(`aliases (*${node.source}) are not read in a config file; write the value out`, at);
    if (node.anchor) throw new ConfigYamlError(`anchors (&${node.anchor}) are not read in a config file; write the value out`, at);
    if (node.tag && !isPlainTag(node.tag)) throw new ConfigYamlError(`tags (${node.tag}) are not read in a config file; write a plain value`, at);
  });
  return document.toJS() ?? {};
}

// The parser itself sets the core schema's tags on plain values; anything else came from the file.
const plainTags = ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`);
const isPlainTag = (tag: string) => plainTags.includes(tag);
