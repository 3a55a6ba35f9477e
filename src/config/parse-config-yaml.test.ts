import { describe, expect, it } from 'vitest';
import { parseConfigYaml } from './parse-config-yaml.ts';

describe('parseConfigYaml', () => {
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
    expect(parseConfigYaml(source)).toEqual({
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
    expect(parseConfigYaml(source)).toEqual({ items: [{ name: 'a', size: 1 }, { name: 'b', tags: ['x'] }, ['nested']] });
  });

  it('keeps # and ": " inside quotes, and the escapes of double quotes', () => {
    expect(parseConfigYaml('a: "x # not a comment"\nb: \'it\'\'s: fine\'\nc: "tab\\there"\n"d: e": 1')).toEqual({
      a: 'x # not a comment',
      b: "it's: fine",
      c: 'tab\there',
      'd: e': 1,
    });
  });

  it('reads an empty document as an empty map', () => {
    expect(parseConfigYaml('# only a comment\n')).toEqual({});
  });

  it('reads what a config may need beyond the old subset: block strings and nested one-line lists', () => {
    expect(parseConfigYaml('negativePrompt: |\n  blurry,\n  watermark\nsizes: [[1, 2], 3]')).toEqual({ negativePrompt: 'blurry,\nwatermark\n', sizes: [[1, 2], 3] });
  });

  it.each([
    ['a:\n\tb: 1', /line 2: Tabs are not allowed as indentation/],
    ['a: &anchor 1', /line 1: anchors \(&anchor\) are not read in a config file/],
    ['a: 1\nb: *anchor', /line 2: aliases \(\*anchor\) are not read in a config file/],
    ['a: !custom 1', /line 1: tags \(!custom\) are not read in a config file/],
    ['a: 1\na: 2', /line 2: Map keys must be unique/],
    ['a: 1\n   b: 2', /line 2: unexpected indent/],
    ['a:\n  b: 1\n c: 2', /line 3: All mapping items must start at the same column/],
    ['just words', /line 1: expected "key: value"/],
    ['- a\n- b', /line 1: expected "key: value"/],
    ['a: "open', /line 1: Missing closing "quote/],
    ['a: 1\n---\nb: 2', /line 2: a config file holds one document/],
  ])('refuses %j with the line number', (source, message) => {
    expect(() => parseConfigYaml(source)).toThrow(message);
  });
});
