import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEucJp } from '../testing/encode-euc-jp.ts';
import { chooseDictionary, loadDictionary } from './choose-dictionary.ts';

let folder: string;
let jmdictPath: string;
let edictPath: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-dictionary-'));
  jmdictPath = join(folder, 'jmdict-eng.json');
  edictPath = join(folder, 'edict');
  await writeFile(jmdictPath, JSON.stringify({ words: [{ kanji: [{ text: '猫' }], kana: [{ text: 'ねこ' }], sense: [{ gloss: [{ text: 'cat (JMdict)' }] }] }] }));
  await writeFile(edictPath, encodeEucJp('猫 [ねこ] /(n) cat (EDICT)/(P)/\n'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('chooseDictionary', () => {
  it('prefers the configured JMdict file over EDICT', async () => {
    const choice = chooseDictionary(jmdictPath, edictPath);
    expect(choice).toMatchObject({ kind: 'jmdict', path: jmdictPath, version: expect.stringMatching(/^jmdict \d+ \d+$/) });
    expect((await loadDictionary(choice, folder))?.lookup('猫', 'ねこ')).toBe('cat (JMdict)');
  });

  it('uses EDICT when no JMdict file is named, or the named one is gone', async () => {
    const choice = chooseDictionary(undefined, edictPath);
    expect(choice).toMatchObject({ kind: 'edict', label: 'EDICT (CC BY-SA 4.0, EDRDG)', version: expect.stringMatching(/^edict \d+ \d+$/) });
    expect((await loadDictionary(choice, folder))?.lookup('猫', 'ねこ')).toBe('cat (EDICT)');
    const fallback = chooseDictionary(join(folder, 'moved.xml'), edictPath);
    expect(fallback).toMatchObject({ kind: 'edict', description: expect.stringContaining('moved.xml cannot be read') });
  });

  it('says what is missing and how to get it when there is neither, without failing', async () => {
    const choice = chooseDictionary(undefined, join(folder, 'no-edict'));
    expect(choice).toMatchObject({ kind: 'none', path: null, label: null, version: 'none' });
    expect(choice.description).toContain('apt-get install edict');
    expect(await loadDictionary(choice, folder)).toBeUndefined();
  });
});
