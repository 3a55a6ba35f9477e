import { describe, expect, it } from 'vitest';
import { summariseMadeBy } from './summarise-made-by.ts';

const step = (name: string, stepId: string, servedBy: string[], passedOver: { candidate: string; reason: string }[] = []) => ({ name, stepId, servedBy, passedOver });

describe('who made a job\'s output, in words', () => {
  it('names the model and the server by its type, and says what the built-ins are', () => {
    const summary = summariseMadeBy([
      step('write', 'story.write', ['myollama:llama3.2']),
      step('illustrate-1', 'story.illustrate', ['builtin:illustrator']),
      step('illustrate-2', 'story.illustrate', ['builtin:illustrator']),
      step('save', 'story.save', []),
    ], { myollama: 'ollama', builtin: 'builtin' });
    expect(summary.made).toEqual(['Written by llama3.2 on Ollama', 'Pictures: built-in illustrator (procedural, not AI)']);
    expect(summary.fallbacks).toEqual([]);
  });

  it('says once which preferred backend was passed over, why, and who served instead', () => {
    const reason = 'myollama could not be reached at http://127.0.0.1:9 (fetch failed).';
    const summary = summariseMadeBy([
      step('write', 'story.write', ['builtin:storyteller'], [{ candidate: 'myollama:llama3.2', reason }]),
      step('narrate', 'story.narrate', ['builtin:narrator']),
    ], { myollama: 'ollama', builtin: 'builtin' });
    expect(summary.made[0]).toBe('Written by built-in storyteller (rule-based, not AI)');
    expect(summary.fallbacks).toEqual([{ candidate: 'myollama:llama3.2', reason, servedBy: ['built-in storyteller (rule-based, not AI)'] }]);
  });
});
