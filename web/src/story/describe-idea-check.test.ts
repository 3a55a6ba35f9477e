import { describe, expect, it } from 'vitest';
import { describeIdeaCheck } from './describe-idea-check.ts';

describe('describeIdeaCheck', () => {
  it('names the model and where it runs, in words', () => {
    expect(describeIdeaCheck({ model: 'ollama:llama3.2:3b', backendType: 'ollama', passed: true })).toMatch(/^Checked by llama3\.2:3b on Ollama: /);
    expect(describeIdeaCheck({ model: 'local:qwen', backendType: 'llamacpp', passed: true })).toMatch(/^Checked by qwen on llama\.cpp: /);
  });
});
