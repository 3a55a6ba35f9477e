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
import type { WarningCategory } from '../../../safety/warning-categories.ts';

const byList = (lists: readonly (readonly string[])[]) => new Set(lists.flat().map((name) => name.toLowerCase()));
/** Popular given names (human-names, MIT: English, French, German, Spanish, Italian and Dutch lists), by their lower case. */
export const girlsNames = byList([femaleEnglish, femaleFrench, femaleGerman, femaleSpanish, femaleItalian, femaleDutch]);
export const boysNames = byList([maleEnglish, maleFrench, maleGerman, maleSpanish, maleItalian, maleDutch]);

/** Whether a word is a popular given name of these lists. */
export const isGivenName = (word: string) => girlsNames.has(word.toLowerCase()) || boysNames.has(word.toLowerCase());

/**
 * What WordNet also files a popular given name under, which the name does not carry: "Sam" is a surface-to-air missile
 * (a weapon), "Max" a street name for GHB (a medicine), "Colt" a revolver. A curated list of children's names is no place a
 * harmful idea can add its own word, so these meanings do not bar a name of the list; the sexual, the body, killing, harm
 * and bad people still do ("Fanny").
 */
export const rareNameMeanings: ReadonlySet<WarningCategory> = new Set(['weapon', 'explosive', 'medicine', 'drug-of-abuse', 'chemical']);
