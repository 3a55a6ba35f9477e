import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { analyseWordForms, isFunctionWord, parseWordForms } from './analyse-word-forms.ts';
import { glossWith } from './gloss-idea.ts';
import { loadFreedict } from './read-freedict.ts';

describe('parseWordForms', () => {
  it('reads each word\'s dictionary forms and parts of speech, leaving out unknown words, compounds and multiword readings', () => {
    const forms = parseWordForms('^Heeft/hebben<vbhaver><pres><p3><sg>$ ^mama/*mama$\n^ska/skola¹<vblex><pres><actv>$ ^godnattsaga/gode<n><cmp>+natt<n><cmp>+saga<n>$ ^tar/ta# livet av<vblex><pres>/ta<vblex><pres>$');
    expect(forms.get('heeft')).toEqual([{ lemma: 'hebben', partOfSpeech: 'vbhaver' }]);
    expect(forms.get('mama')).toEqual([]);
    expect(forms.get('ska')).toEqual([{ lemma: 'skola', partOfSpeech: 'vblex' }]);
    expect(forms.get('godnattsaga')).toEqual([]);
    expect(forms.get('tar')).toEqual([{ lemma: 'ta', partOfSpeech: 'vblex' }]);
  });

  it('calls a word a function word only when every reading is one', () => {
    const forms = parseWordForms('^att/att<cnjsub>$ ^har/ha<vblex><pres>/hare<n><ut>$ ^det/den<det><dem>/den<prn><pers>$ ^inte/inte<adv>$ ^xyz/*xyz$');
    expect(isFunctionWord(forms.get('att'))).toBe(true);
    expect(isFunctionWord(forms.get('det'))).toBe(true);
    expect(isFunctionWord(forms.get('har'))).toBe(false);
    // Negation is an adverb: never dropped from a reading.
    expect(isFunctionWord(forms.get('inte'))).toBe(false);
    expect(isFunctionWord(forms.get('xyz'))).toBe(false);
  });
});

describe.skipIf(toolMissing('apertiumAnalysers') || toolMissing('freedict'))('analyseWordForms on Debian\'s Apertium analysers (needs apertium-afr-nld, apertium-swe-dan, apertium-pol-szl, dict-freedict-*)', () => {
  it('reads Dutch, Swedish and Polish words', async () => {
    const dutch = await analyseWordForms('nld', 'Opa heeft een konijn dat in het bos woont.');
    expect(dutch?.get('heeft')).toContainEqual({ lemma: 'hebben', partOfSpeech: 'vbhaver' });
    expect(isFunctionWord(dutch?.get('het'))).toBe(true);
    expect(isFunctionWord(dutch?.get('konijn'))).toBe(false);
    const swedish = await analyseWordForms('swe', 'En räv som har två pappor.');
    expect(swedish?.get('pappor')).toContainEqual(expect.objectContaining({ lemma: 'pappa' }));
    expect(isFunctionWord(swedish?.get('som'))).toBe(true);
    const polish = await analyseWordForms('pol', 'Chłopiec i jego młodsza siostra.');
    expect(isFunctionWord(polish?.get('jego'))).toBe(true);
    expect(isFunctionWord(polish?.get('siostra'))).toBe(false);
  });

  it('lets the gloss count a Swedish or Polish function word FreeDict lacks as known, and nothing else', async () => {
    // "att" and "sig" are in no FreeDict entry; the analyser says they are a conjunction and a pronoun.
    const swedishIdea = 'En björn som gömmer sig för att han är blyg.';
    const swedish = loadFreedict('swe')!;
    expect(glossWith(swedishIdea, 'swe', swedish).foundShare).toBeLessThan(1);
    const read = glossWith(swedishIdea, 'swe', swedish, await analyseWordForms('swe', swedishIdea));
    expect(read.foundShare).toBe(1);
    expect(read.sentence).toMatch(/bear/);
    const polishIdea = 'Bajka o chłopcu, który kocha swoją siostrę.';
    const polish = loadFreedict('pol')!;
    expect(glossWith(polishIdea, 'pol', polish).foundShare).toBeLessThan(1);
    expect(glossWith(polishIdea, 'pol', polish, await analyseWordForms('pol', polishIdea)).foundShare).toBe(1);
    // A content word neither knows stays unknown: the idea is still not read.
    const unknownIdea = 'En björn som gömmer sig för att han är flurbig.';
    expect(glossWith(unknownIdea, 'swe', swedish, await analyseWordForms('swe', unknownIdea)).foundShare).toBeLessThan(1);
  });

  it('gives lt-proc the words only: nothing in the idea is run', async () => {
    const forms = await analyseWordForms('nld', 'een $(touch /tmp/kiln-never) `ls` ^woont/x$');
    expect(forms?.has('touch')).toBe(true);
    expect([...(forms?.keys() ?? [])].every((word) => /^\p{L}+$/u.test(word))).toBe(true);
  });
});
