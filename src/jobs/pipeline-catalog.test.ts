import { describe, expect, it } from 'vitest';
import { ConfigError, NotFoundError } from '../engine/errors/index.ts';
import { createPipelineCatalog } from './pipeline-catalog.ts';
import { createCountingPipeline } from './testing/counting-pipeline.ts';

describe('createPipelineCatalog', () => {
  it('finds pipelines by id and lists them in the order given', () => {
    const counting = createCountingPipeline().pipeline;
    const other = { ...counting, id: 'other' };
    const catalog = createPipelineCatalog([counting, other]);
    expect(catalog.get('other')).toBe(other);
    expect(catalog.list().map((pipeline) => pipeline.id)).toEqual(['counting', 'other']);
  });

  it('answers NotFoundError for an unknown id and refuses two pipelines with one id', () => {
    const counting = createCountingPipeline().pipeline;
    expect(() => createPipelineCatalog([counting]).get('story')).toThrow(NotFoundError);
    expect(() => createPipelineCatalog([counting, counting])).toThrow(ConfigError);
  });
});
