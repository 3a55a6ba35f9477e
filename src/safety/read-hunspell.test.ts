import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { glossWord } from './gloss-idea.ts';
import { loadFreedict } from './read-freedict.ts';
import { loadHunspell, parseHunspell } from './read-hunspell.ts';

describe('parseHunspell', () => {
  it('undoes the suffix rules a dictionary form carries, and only those', () => {
    const affix = ['SET UTF-8', 'FLAG long', 'SFX xC Y 2', 'SFX xC oire oit/n\' boire', 'SFX xC oire oivent boire', 'SFX a0 Y 1', 'SFX a0 r nt [^i]r', ''].join('\n');
    const lemmatizer = parseHunspell(affix, '2\nboire/xC() po:v3\nfinir/S.\n');
    expect(lemmatizer.lemmas('boit')).toEqual(['boire']);
    expect(lemmatizer.lemmas('boivent')).toEqual(['boire']);
    // "finir" has no a0 flag, so "finint" is no form of it.
    expect(lemmatizer.lemmas('finint')).toEqual([]);
  });
});

describe.skipIf(toolMissing('hunspell') || toolMissing('freedict'))('Hunspell lemmas on Debian\'s dictionaries (needs hunspell-fr, hunspell-es, hunspell-de-de and FreeDict)', () => {
  it('finds irregular and short inflected forms\' dictionary forms, which FreeDict lists under them', () => {
    expect(loadHunspell('fra')!.lemmas('boit')).toContain('boire');
    expect(loadHunspell('spa')!.lemmas('bebe')).toContain('beber');
    // Glossed only through their lemmas: FreeDict has "boire", "beber", "vouloir", "perdre" but not these forms.
    expect(glossWord('boivent', loadFreedict('fra')!, { lemmatizer: loadHunspell('fra') }).flat()).toContain('drink');
    expect(glossWord('bebe', loadFreedict('spa')!, { lemmatizer: loadHunspell('spa') }).flat()).toContain('drink');
    expect(glossWord('veut', loadFreedict('fra')!, { lemmatizer: loadHunspell('fra') }).flat()).toContain('want');
    expect(glossWord('perd', loadFreedict('fra')!, { lemmatizer: loadHunspell('fra') }).flat()).toContain('lose');
  });
});

describe.skipIf(toolMissing('hunspell') || toolMissing('freedict'))('Hunspell lemmas for the languages read word by word alone (needs hunspell-it, -pt-pt, -nl, -pl, -sv)', () => {
  it('reads each dictionary in the encoding it declares, and glosses forms FreeDict lacks through their dictionary form', () => {
    // Polish's files are ISO 8859-2: read as UTF-8, "dotykać" would never match the form "dotyka".
    expect(loadHunspell('pol')!.lemmas('dotyka')).toContain('dotykać');
    expect(glossWord('dotyka', loadFreedict('pol')!, { lemmatizer: loadHunspell('pol') }).flat()).toContain('touch');
    expect(glossWord('remédios', loadFreedict('por')!, { lemmatizer: loadHunspell('por') }).flat()).toContain('medicine');
    expect(loadHunspell('ita')!.lemmas('punisce')).toContain('punire');
    expect(loadHunspell('nld')!.lemmas('muizen')).toContain('muis');
    expect(loadHunspell('swe')!.lemmas('letar')).toContain('leta');
  });
});
