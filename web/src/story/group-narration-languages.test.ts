import { describe, expect, it } from 'vitest';
import { listEspeakVoices } from '../../../src/providers/builtin/narrator/list-espeak-voices.ts';
import { groupNarrationLanguages, languageName } from './group-narration-languages.ts';

describe('groupNarrationLanguages, on the built-in narrator\'s own list', () => {
  it('leads with the languages eSpeak-NG speaks well, grouped by family, and puts the rest behind More', async () => {
    const { languages } = await listEspeakVoices();
    const { groups, more } = groupNarrationLanguages(languages);
    const offered = groups.flatMap((group) => group.languages.map((language) => language.name));
    const behindMore = more.map((language) => language.name);
    // eSpeak-NG's voice files mark English and Italian mature; German, French and Spanish carry no mark.
    for (const name of ['English (Great Britain)', 'Italian', 'German', 'French (France)', 'Spanish (Spain)', 'Japanese']) expect(offered).toContain(name);
    // Constructed and fictional languages, and those it reads with basic rules only ("testing").
    for (const name of ['Quenya', 'Sindarin', 'Lojban', 'Klingon', 'Esperanto', 'Ukrainian', 'Hebrew']) expect(behindMore).toContain(name);
    expect(offered.length + behindMore.length).toBe(languages.length);
    expect(offered.length).toBeLessThan(languages.length * 0.75);
    expect(groups.find((group) => group.label === 'Romance')?.languages.map((language) => language.code)).toContain('fr-fr');
    expect(groups.every((group) => !/^[a-z]{2,3}$/.test(group.label))).toBe(true);
  });

  it('names a code the list lacks instead of showing it bare', () => {
    expect(languageName('en')).toBe('English');
  });
});
