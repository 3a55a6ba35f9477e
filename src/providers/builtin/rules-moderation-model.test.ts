import { describe, expect, it } from 'vitest';
import { createRulesModerationModel } from './rules-moderation-model.ts';

const model = createRulesModerationModel({ provider: 'builtin', modelId: 'rules' });

async function scores(text: string) {
  const result = await model.moderate({ text });
  return Object.fromEntries(result.categories.map((score) => [score.category, score]));
}

describe('rules moderation model', () => {
  it('matches whole words only: "skill", "stable", "snapshot" and "gunnery" do not count', async () => {
    const result = await scores('Her skill kept the stable calm; a snapshot of the gunnery museum.');
    expect(result.Violence.severity).toBe(0);
  });

  it('matches a starred term with any ending, and phrases across hyphens and case', async () => {
    const result = await scores('The villain was MURDERED. She wanted to Kill-Myself.');
    expect(result.Violence.reasons).toContain('murdered');
    expect(result.SelfHarm.reasons).toEqual(['kill myself']);
    expect(result.SelfHarm.severity).toBe(7);
  });

  it('takes severity from the heaviest term, one level more when several different terms match', async () => {
    expect((await scores('a haunted house')).Fear.severity).toBe(2);
    expect((await scores('a haunted house with a demon')).Fear.severity).toBe(4);
    // A lone zombie weighs what a lone monster does; a zombie in a haunted house is one level more.
    expect((await scores('a haunted house with a zombie')).Fear.severity).toBe(3);
    // The same word twice is still one term.
    expect((await scores('haunted, haunted')).Fear.severity).toBe(2);
  });

  it('folds accents, so spelling with diacritics does not slip past', async () => {
    expect((await scores('Mürder in the night')).Violence.reasons).toEqual(['murder']);
  });

  it('answers every category, with reasons only where something matched', async () => {
    const result = await model.moderate({ text: 'A sexy monster.' });
    expect(result.categories.map((score) => score.category)).toEqual(['Hate', 'SelfHarm', 'Sexual', 'Violence', 'Fear']);
    expect(result.categories.find((score) => score.category === 'Hate')).toEqual({ category: 'Hate', severity: 0 });
    expect(result.categories.find((score) => score.category === 'Sexual')?.reasons).toEqual(['sexy']);
  });

  it('refuses a call with neither text nor image as bad input', async () => {
    await expect(model.moderate({})).rejects.toMatchObject({ code: 'bad_input' });
  });
});
