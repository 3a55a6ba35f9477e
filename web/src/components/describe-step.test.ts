import { describe, expect, it } from 'vitest';
import { installedPipelines } from '../../../src/runtime/installed-pipelines.ts';
import { describeStep, knownStepWords } from './describe-step.ts';

describe('describeStep', () => {
  it('has words for every node of every installed pipeline', () => {
    const missing = installedPipelines().flatMap((pipeline) =>
      Object.keys(pipeline.nodes).filter((node) => knownStepWords(pipeline.id, node) === undefined).map((node) => `${pipeline.id}/${node}`));
    expect(missing).toEqual([]);
  });

  it('says which scene, short or file a numbered node works on', () => {
    expect(describeStep('story', 'illustrate-2')).toBe('Drawing the picture for scene 2');
    expect(describeStep('story', 'write')).toBe('Writing the story');
    expect(describeStep('vocabulary-export', 'render-apkg')).toBe('Writing the Anki deck file');
    expect(describeStep('vocabulary-shorts', 'render-proposed-3')).toBe('Making proposed short 3');
    expect(describeStep('music-video', 'analyze')).not.toBe(describeStep('vocabulary', 'analyze'));
  });

  it('never shows a bare id, even for a node it does not know', () => {
    expect(describeStep('someday', 'check-prompt')).toBe('Check prompt');
  });
});
