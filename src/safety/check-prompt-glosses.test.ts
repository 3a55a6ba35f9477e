import { describe, expect, it } from 'vitest';
import { readIdeaForSafety } from '../pipelines/story/read-idea-for-safety.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { checkPrompt } from './check-prompt.ts';
import { SafetyMatcher } from './safety-matcher.ts';
import { childStoryTerms, mergeTerms } from './story-guardrail-terms.ts';

const matcher = new SafetyMatcher(mergeTerms(childStoryTerms));
const check = (prompt: string) => checkPrompt(prompt, { matcher, mode: 'child', readIdea: readIdeaForSafety });

describe.skipIf(toolMissing('freedict'))('checkPrompt reads French, Spanish and German through FreeDict glosses too (needs dict-freedict-*-eng)', () => {
  it('refuses implied harm with no listed word, which the term lists let through', () => {
    // Accepted before the glosses: no word of the French, Spanish or German lists is in them.
    expect(check('ein Onkel, der das Mädchen im Bad anfasst und sagt, es sei ihr Geheimnis')).toMatchObject({ accepted: false, kind: 'warning-signs' });
  });

  it('keeps Italian, Portuguese, Dutch, Polish and Swedish refused as unreadable, dictionaries or not', () => {
    // Read through glosses alone, harm in these languages got through on the held-out sets: refused, never guessed at.
    for (const idea of [
      'un gatto che cerca il suo amico nel bosco di notte',
      'um menino que mata o amigo com uma faca',
      'een hond die bang is in het donker en een ster vindt',
      'kot, który szuka przyjaciela w lesie w nocy',
      'en katt som letar efter sin vän i skogen på natten',
    ]) {
      const result = check(idea);
      expect(result, idea).toMatchObject({ accepted: false, kind: 'unreadable' });
      if (!result.accepted) expect(result.reason).toMatch(/English, French, Spanish, German or Japanese[\s\S]*How about "/);
    }
  });

  it('accepts innocent French, Spanish and German ideas whose words have a rare harmful sense', () => {
    // German "Hexe" is also a slang insult and "Besen" a shrew, French "fille" also a wench, "Zahn" also a pip.
    for (const idea of [
      'Eine kleine Hexe, die auf ihrem Besen zum Mond fliegt.',
      'une fille qui perd une dent',
      'ein Kind verliert einen Zahn',
      // A parent, a child and a bed or bath is a bedtime story: the grown-up shape needs a secret or clothes too.
      'eine Mutter, die ihr Kind ins Bett bringt und ein Lied singt',
      'un papa qui donne le bain à son bébé en chantant',
      'un pingüino que quiere volar y aprende a nadar muy rápido',
      'ein kleiner Bär, der im Winter nicht schlafen kann und die Sterne zählt',
    ]) expect(check(idea), idea).toMatchObject({ accepted: true });
  });
});
