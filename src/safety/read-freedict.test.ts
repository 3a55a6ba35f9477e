import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { glossesOfEntry, isFreedictInstalled, loadFreedict } from './read-freedict.ts';

describe('glossesOfEntry', () => {
  it('reads numbered senses, else the first gloss line, without part-of-speech marks, labels or notes', () => {
    expect(glossesOfEntry('enfant /ɑ̃fɑ̃/ <n, masc>\n1. bairn, child, infant\n')).toEqual(['bairn', 'child', 'infant']);
    expect(glossesOfEntry('Zahn /tsˈɑːn/ <masc, n, sg>\n [anat.] tooth <n>\n      "einen Zahn ziehen"  - pull a tooth\n   Synonyms: {Zacken}\n')).toEqual(['tooth']);
    expect(glossesOfEntry('anfassen /ˈanfˌasən/ <v>\ntouch sth. <v>\n      "Nicht anfassen!"  - Don\'t touch!\n')).toEqual(['touch']);
    // Polish entries carry Polish notes under each sense: only the English glosses are kept.
    expect(glossesOfEntry('dziecko /ˈʥ̑ɛʦ̑kɔ/ <n>\n1. child\n(informatyka) proces lub obiekt potomny\n2. baby\n')).toEqual(['child', 'baby']);
  });
});

describe('loadFreedict', () => {
  it('answers undefined for a language whose package is not installed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-freedict-'));
    try {
      expect(isFreedictInstalled('ita', folder)).toBe(false);
      expect(loadFreedict('ita', folder)).toBeUndefined();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe.skipIf(toolMissing('freedict'))('loadFreedict on Debian\'s FreeDict dictionaries (needs dict-freedict-*-eng)', () => {
  it('looks words up in place in the dictzip file, one entry per sense', () => {
    const italian = loadFreedict('ita')!;
    expect(italian.glosses('bambino')).toContain('child');
    expect(italian.glosses('uccidere')).toContain('kill');
    expect(italian.glosses('nessunaparola')).toEqual([]);
    // German's index has half a million lines, in a 100 MB dictzip file; each entry of "Hexe" is its own sense.
    const german = loadFreedict('deu')!;
    expect(german.senses('hexe')).toEqual(expect.arrayContaining([['witch'], ['bitch']]));
    expect(german.glosses('zahn')).toContain('tooth');
    // "kleine" as a noun is the little one; the adjective reads "small" through its stem.
    expect(german.senses('kleine', { nouns: false })).toEqual([]);
    // Dutch writes its headwords with the "ĳ" ligature; a parent types "ij".
    const dutch = loadFreedict('nld')!;
    expect(dutch.glosses('mijn')).toContain('my');
    expect(dutch.glosses('hij')).toContain('he');
  });

  it('finds the headword an inflected form starts with, the shortest first', () => {
    expect(loadFreedict('ita')!.shortestWithPrefix('bambin', 10)).toBe('bambino');
    expect(loadFreedict('por')!.glosses('menina')).toContain('girl');
  });
});
