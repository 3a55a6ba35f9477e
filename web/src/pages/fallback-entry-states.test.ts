import { describe, expect, it } from 'vitest';
import type { BackendHealth } from '../api/api-types.ts';
import { fallbackEntryStates } from './fallback-entry-states.ts';

const backend = (name: string, type: string, state: BackendHealth['state'], reason?: string): BackendHealth =>
  ({ name, type, state, reason, device: 'remote', serves: {} });

describe('which fallback entry would serve now', () => {
  it('passes over an unreachable preferred backend, with its reason, and marks the first ready one', () => {
    const backends = [backend('myollama', 'ollama', 'unavailable', 'myollama could not be reached'), backend('builtin', 'builtin', 'ready')];
    expect(fallbackEntryStates(['myollama:llama3.2', 'builtin:storyteller'], backends)).toEqual([
      { state: 'unavailable', reason: 'myollama could not be reached' },
      { state: 'serves' },
    ]);
  });

  it('keeps the built-in safety net on standby once a model the user added is ready, and flags unsaved backends', () => {
    const backends = [backend('myollama', 'ollama', 'ready'), backend('builtin', 'builtin', 'ready')];
    expect(fallbackEntryStates(['new:qwen', 'myollama:llama3.2', 'builtin:storyteller'], backends).map((entry) => entry.state))
      .toEqual(['unsaved', 'serves', 'standby']);
  });
});
