import femaleEnglish from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import maleEnglish from 'human-names/data/male-human-names-en.json' with { type: 'json' };
import femaleFrench from 'human-names/data/female-human-names-fr.json' with { type: 'json' };
import maleFrench from 'human-names/data/male-human-names-fr.json' with { type: 'json' };
import femaleGerman from 'human-names/data/female-human-names-de.json' with { type: 'json' };
import maleGerman from 'human-names/data/male-human-names-de.json' with { type: 'json' };
import femaleSpanish from 'human-names/data/female-human-names-es.json' with { type: 'json' };
import maleSpanish from 'human-names/data/male-human-names-es.json' with { type: 'json' };
import femaleItalian from 'human-names/data/female-human-names-it.json' with { type: 'json' };
import maleItalian from 'human-names/data/male-human-names-it.json' with { type: 'json' };
import femaleDutch from 'human-names/data/female-human-names-nl.json' with { type: 'json' };
import maleDutch from 'human-names/data/male-human-names-nl.json' with { type: 'json' };
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as csCz } from '@faker-js/faker/locale/cs_CZ';
import { faker as sk } from '@faker-js/faker/locale/sk';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as srRsLatin } from '@faker-js/faker/locale/sr_RS_latin';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as lv } from '@faker-js/faker/locale/lv';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as nbNo } from '@faker-js/faker/locale/nb_NO';
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as ptBr } from '@faker-js/faker/locale/pt_BR';
import { faker as ptPt } from '@faker-js/faker/locale/pt_PT';
import { faker as idId } from '@faker-js/faker/locale/id_ID';
import { faker as enIn } from '@faker-js/faker/locale/en_IN';
import { faker as enNg } from '@faker-js/faker/locale/en_NG';
import { faker as yoNg } from '@faker-js/faker/locale/yo_NG';
import { faker as enGh } from '@faker-js/faker/locale/en_GH';
import { faker as enZa } from '@faker-js/faker/locale/en_ZA';
import { faker as zuZa } from '@faker-js/faker/locale/zu_ZA';
import type { WarningCategory } from '../../../safety/warning-categories.ts';

/** Names written in Latin letters alone: a story's name is read and told in them. */
const latinLetters = /^\p{Script=Latin}+$/u;
const byList = (lists: readonly (readonly string[])[]) => new Set(lists.flat().filter((name) => latinLetters.test(name)).map((name) => name.toLowerCase()));
/**
 * More languages' given names, from Faker's locale data (MIT; only its first names are read): Polish, Czech, Slovak,
 * Croatian, Serbian, Romanian, Hungarian, Latvian, Turkish, Swedish, Norwegian, Danish, Finnish, Brazilian, Portuguese,
 * Indonesian, Indian, Nigerian, Yoruba, Ghanaian, South African and Zulu. A child called Oliwia, Tomasz, Kofi or Ayşe is
 * named as often as an Emma, and human-names' six lists alone left them the profile's name.
 */
const moreLocales = [pl, csCz, sk, hr, srRsLatin, ro, hu, lv, tr, sv, nbNo, da, fi, ptBr, ptPt, idId, enIn, enNg, yoNg, enGh, enZa, zuZa].map((faker) => faker.definitions.person?.first_name);
const moreNames = (sex: 'female' | 'male') => moreLocales.flatMap((firstNames) => [...(firstNames?.[sex] ?? []), ...(firstNames?.generic ?? [])]);
/** Popular given names (human-names, MIT: English, French, German, Spanish, Italian and Dutch lists; and Faker's above), by their lower case. */
export const girlsNames = byList([femaleEnglish, femaleFrench, femaleGerman, femaleSpanish, femaleItalian, femaleDutch, moreNames('female')]);
export const boysNames = byList([maleEnglish, maleFrench, maleGerman, maleSpanish, maleItalian, maleDutch, moreNames('male')]);

/** Whether a word is a popular given name of these lists. */
export const isGivenName = (word: string) => girlsNames.has(word.toLowerCase()) || boysNames.has(word.toLowerCase());

/**
 * What WordNet also files a popular given name under, which the name does not carry: "Sam" is a surface-to-air missile
 * (a weapon), "Max" a street name for GHB (a medicine), "Colt" a revolver. A curated list of children's names is no place a
 * harmful idea can add its own word, so these meanings do not bar a name of the list; the sexual, the body, killing, harm
 * and bad people still do ("Fanny").
 */
export const rareNameMeanings: ReadonlySet<WarningCategory> = new Set(['weapon', 'explosive', 'medicine', 'drug-of-abuse', 'chemical']);
