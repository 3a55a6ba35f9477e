import { describe, expect, it } from 'vitest';
import { createJobJsonMemo } from './job-json-memo.ts';

describe('createJobJsonMemo', () => {
  const counting = () => {
    const calls: unknown[] = [];
    const memo = createJobJsonMemo((job: { id: string; [field: string]: unknown }) => {
      calls.push(job);
      return JSON.stringify(job);
    });
    return { memo, calls };
  };

  it('serialises a job rebuilt from the same values once', () => {
    const { memo, calls } = counting();
    const steps = [{ name: 'wait', state: 'running' }];
    const record = { id: 'a', state: 'running', steps };
    expect(memo({ ...record, queuePosition: null })).toBe(JSON.stringify({ ...record, queuePosition: null }));
    expect(memo({ ...record, queuePosition: null })).toBe(JSON.stringify({ ...record, queuePosition: null }));
    expect(calls).toHaveLength(1);
  });

  it('serialises again when any field changes, is added or is removed', () => {
    const { memo, calls } = counting();
    const steps = [{ name: 'wait', state: 'running' }];
    memo({ id: 'a', state: 'queued', steps, queuePosition: 2 });
    expect(JSON.parse(memo({ id: 'a', state: 'queued', steps, queuePosition: 1 })).queuePosition).toBe(1);
    // New nested values (a record read again) are a change even when they look alike.
    const stepsAgain = [...steps];
    memo({ id: 'a', state: 'queued', steps: stepsAgain, queuePosition: 1 });
    expect(JSON.parse(memo({ id: 'a', state: 'queued', steps: stepsAgain, queuePosition: 1, title: 'x' })).title).toBe('x');
    expect(memo({ id: 'a', state: 'queued', steps: stepsAgain, queuePosition: 1 })).not.toContain('title');
    expect(calls).toHaveLength(5);
  });

  it('keeps each job apart', () => {
    const { memo } = counting();
    expect(JSON.parse(memo({ id: 'a', ownerId: 'ann' })).ownerId).toBe('ann');
    expect(JSON.parse(memo({ id: 'b', ownerId: 'bob' })).ownerId).toBe('bob');
    expect(JSON.parse(memo({ id: 'a', ownerId: 'ann' })).ownerId).toBe('ann');
  });
});
