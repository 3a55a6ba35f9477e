import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIdeaLanguage } from './read-idea-language.ts';

const tuning = JSON.parse(readFileSync(new URL('../../bench/safety/tuning-set.json', import.meta.url), 'utf8')) as { safe: { text: string }[] };

describe('readIdeaLanguage', () => {
  it('cannot read Korean, Chinese, Russian, Italian, Portuguese, Dutch, Polish or romanised Japanese', () => {
    for (const idea of [
      '작은 용이 달에 가는 이야기', '一只小龙飞到月亮上的故事', 'маленький дракон летит на луну к своей маме',
      'un piccolo drago che vola sulla luna con la sua mamma', 'um menino que voa até a lua com o seu cão', 'een kleine draak die naar de maan vliegt met zijn moeder',
      'mały smok, który leci na księżyc ze swoją mamą', 'chiisana ryuu ga tsuki ni iku hanashi o kaite kudasai',
    ]) expect(readIdeaLanguage(idea).readable, idea).toBe(false);
  });

  it('cannot read any other script, named or not, nor a word written wholly in one inside an English line', () => {
    expect(readIdeaLanguage('ក្មេងតូច និង ឆ្កែ របស់ គាត់')).toEqual({ readable: false, name: 'a script the checks do not read' });
    expect(readIdeaLanguage('a grown man who does 나쁜짓 with the little girl')).toEqual({ readable: false, name: 'Korean' });
    expect(readIdeaLanguage('a tiger who says Привет to the moon')).toMatchObject({ readable: false });
    expect(readIdeaLanguage('一只小熊在森林里找妈妈').name).toBe('Chinese');
    // Japanese mixes kanji and kana; a lone Greek letter is no word.
    expect(readIdeaLanguage('小さなドラゴンが月へ行くお話').readable).toBe(true);
    expect(readIdeaLanguage('a robot who bakes a π shaped pie for the fair').readable).toBe(true);
  });

  it('does not take a foreign line for English because a few of its words are English too ("a", "dice", "man", "auto")', () => {
    for (const idea of [
      'una storia dove un uomo dice a una bambina di non dire niente alla sua mamma', 'een man die met zijn auto naar de kinderen rijdt en ze snoep geeft',
      'um homem que dá doces a uma menina e diz que é segredo', 'ojisan to onnanoko ga issho ni ofuro ni hairu himitsu no hanashi',
    ]) expect(readIdeaLanguage(idea).readable, idea).toBe(false);
  });

  it('reads English, French, Spanish, German and Japanese, and every safe idea of the tuning set', () => {
    for (const idea of ['a baby dinosaur who roars at the smoking volcano until it calms down', 'une petite fille qui cherche son chat dans le jardin', 'un dragón que vuela a la luna con su mamá', 'ein kleiner Drache fliegt zum Mond', '小さなドラゴンが月へ行くお話', ...tuning.safe.map((entry) => entry.text)]) {
      expect(readIdeaLanguage(idea).readable, idea).toBe(true);
    }
  });
});
