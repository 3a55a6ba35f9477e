import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { checkStoryPrompt } from './check-prompt-step.ts';

describe("the operator's guardrail terms file", () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('named in the config file (relative to it), refuses prompts with the added terms', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-terms-'));
    folders.push(folder);
    await writeFile(join(folder, 'terms.json'), JSON.stringify({ Fear: { thunderstorm: 7 } }));
    await writeFile(join(folder, 'kiln.config.json'), JSON.stringify({ safety: { termsFile: 'terms.json' } }));
    const config = await loadConfig({ cwd: folder, env: {} });
    expect(config.safety.termsFile).toBe(join(folder, 'terms.json'));

    await expect(checkStoryPrompt('a thunderstorm over the garden', 'child')).resolves.toBeDefined();
    await expect(checkStoryPrompt('a thunderstorm over the garden', 'child', config.safety.termsFile)).rejects.toMatchObject({ code: 'unsafe_content' });
  });

  it('adds the operator\'s Topics phrases to the topic rules, and the 422 carries the topic and two ideas', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-terms-'));
    folders.push(folder);
    await writeFile(join(folder, 'terms.json'), JSON.stringify({ Topics: { weapons: ['slingshot*'] } }));
    await expect(checkStoryPrompt('a fox with a slingshot', 'child')).resolves.toBeDefined();
    const refused = await checkStoryPrompt('a fox with a sl1ngsh0ts', 'child', join(folder, 'terms.json')).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'unsafe_content', details: { kind: 'unsafe', topic: 'weapons', topicLabel: 'weapons' } });
    const suggestions = (refused as { details: { suggestions: string[] } }).details.suggestions;
    expect(suggestions).toHaveLength(2);
    expect((refused as Error).message).toContain(suggestions[0]);
  });

  it('KILN_SAFETY_TERMS_FILE overrides the file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-terms-'));
    folders.push(folder);
    const config = await loadConfig({ cwd: folder, env: { KILN_SAFETY_TERMS_FILE: 'other.json' } });
    expect(config.safety.termsFile).toBe(join(folder, 'other.json'));
  });
});
