import { describe, expect, it } from 'vitest';
import { parseYamlSubset } from './parse-yaml-subset.ts';

describe('parseYamlSubset', () => {
  it('reads nested maps, lists, scalars and comments as a config file writes them', () => {
    const source = [
      '# Kiln on my laptop',
      'backends:',
      '  ollama:',
      '    type: ollama',
      '    baseURL: http://127.0.0.1:11434   # the default port',
      '  local:',
      '    type: "openai"',
      "    voice: 'af_heart'",
      'capabilities:',
      '  text:',
      '    - ollama:llama3.2:3b',
      '    - builtin:storyteller',
      '  moderation: [builtin:rules, "ollama:llama-guard3"]',
      'server:',
      '  port: 8080',
      '  ratio: 1.5e2',
      '  open: false',
      '  nothing: ~',
      '  auth: {}',
    ].join('\n');
    expect(parseYamlSubset(source)).toEqual({
      backends: {
        ollama: { type: 'ollama', baseURL: 'http://127.0.0.1:11434' },
        local: { type: 'openai', voice: 'af_heart' },
      },
      capabilities: { text: ['ollama:llama3.2:3b', 'builtin:storyteller'], moderation: ['builtin:rules', 'ollama:llama-guard3'] },
      server: { port: 8080, ratio: 150, open: false, nothing: null, auth: {} },
    });
  });

  it('reads lists of maps and lists at the same indent as their key', () => {
    const source = 'items:\n- name: a\n  size: 1\n- name: b\n  tags:\n    - x\n-\n  - nested\n';
    expect(parseYamlSubset(source)).toEqual({ items: [{ name: 'a', size: 1 }, { name: 'b', tags: ['x'] }, ['nested']] });
  });

  it('keeps # and ": " inside quotes, and the escapes of double quotes', () => {
    expect(parseYamlSubset('a: "x # not a comment"\nb: \'it\'\'s: fine\'\nc: "tab\\there"\n"d: e": 1')).toEqual({
      a: 'x # not a comment',
      b: "it's: fine",
      c: 'tab\there',
      'd: e': 1,
    });
  });

  it('reads an empty document as an empty map', () => {
    expect(parseYamlSubset('# only a comment\n')).toEqual({});
  });

  it.each([
    ['a:\n\tb: 1', /line 2: indent with spaces/],
    ['a: &anchor 1', /line 1: .*does not support/],
    ['text: |\n  many lines', /line 1: .*does not support/],
    ['a: 1\na: 2', /line 2: "a" appears twice/],
    ['a: 1\n   b: 2', /line 2: unexpected indent/],
    ['just words', /line 1: expected "key: value"/],
    ['a: "open', /line 1: unterminated string/],
    ['a: [[1], 2]', /line 1: nested one-line lists/],
  ])('refuses %j with the line number', (source, message) => {
    expect(() => parseYamlSubset(source)).toThrow(message);
  });
});
