import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { glossIdea, glossWord, withoutOutlierSenses } from './gloss-idea.ts';
import { loadFreedict } from './read-freedict.ts';
import { loadHunspell } from './read-hunspell.ts';

describe('withoutOutlierSenses', () => {
  it('drops a harmful gloss that is not what the word mostly means, and keeps one that is', () => {
    expect(withoutOutlierSenses([['daughter', 'girl', 'lass', 'wench']])).toEqual(['daughter', 'girl', 'lass']);
    expect(withoutOutlierSenses([['witch'], ['sibyl'], ['bitch'], ['hag', 'crone']])).not.toContain('bitch');
    expect(withoutOutlierSenses([['kill', 'liquidate', 'slay']])).toEqual(['kill', 'liquidate', 'slay']);
    expect(withoutOutlierSenses([['butcher', 'slaughter', 'kill', 'liquidate', 'slay']])).toContain('kill');
  });
});

describe.skipIf(toolMissing('freedict'))('glossIdea on Debian\'s FreeDict dictionaries (needs dict-freedict-*-eng)', () => {
  it('reads inflected forms and German compounds through their headwords', () => {
    expect(glossWord('bambina', loadFreedict('ita')!).flat()).toContain('child');
    // FreeDict's Spanish lacks "dragón": the English word without the accent English does not write.
    expect(glossWord('dragón', loadFreedict('spa')!, { lemmatizer: loadHunspell('spa') })).toEqual([['dragon']]);
    expect(glossWord('tocca', loadFreedict('ita')!).flat()).toContain('touch');
    expect(glossWord('kinderzimmer', loadFreedict('deu')!).flat().join(' ')).toMatch(/child|room/);
    // "voleurs" → "voleur" (Hunspell), which FreeDict lacks, read through the headword it starts like: "voler", to steal.
    expect(glossWord('voleurs', loadFreedict('fra')!, { lemmatizer: loadHunspell('fra') }).flat()).toContain('steal');
  });

  it('reads a word the dictionary lacks as its English cognate before guessing at a headword it starts like', () => {
    // Spanish FreeDict has neither "adulto" nor "internet"; "adular" (to flatter) and "interno" only start like them.
    expect(glossWord('adulto', loadFreedict('spa')!)).toEqual([['adult']]);
    expect(glossWord('internet', loadFreedict('spa')!)).toEqual([['internet']]);
  });

  it('glosses an idea in the language whose dictionary knows most of its words', () => {
    const italian = glossIdea('un gatto che cerca il suo amico nel bosco di notte')!;
    expect(italian.language).toBe('ita');
    expect(italian.foundShare).toBeGreaterThan(0.75);
    expect(italian.english).toMatch(/\bcat\b[\s\S]*\bfriend\b/);
    expect(glossIdea('een hond die bang is in het donker en een ster vindt')).toMatchObject({ language: 'nld' });
    // A capitalised word no dictionary has is a name, and the shapes read it as the child ("schenkt Lina Süßigkeiten").
    expect(glossIdea('ein netter Mann schenkt Lina jeden Tag Süßigkeiten')!.byWord).toContainEqual(['child']);
    expect(glossIdea('ein netter Mann schenkt Lina jeden Tag Süßigkeiten')!.english).not.toMatch(/\bchild\b/);
    // No Latin letters: nothing to gloss.
    expect(glossIdea('작은 용이 달에 가는 이야기')).toBeUndefined();
  });
});
