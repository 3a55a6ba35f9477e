import { isPeople } from './people-words.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import { isKindOf, sensesOf } from './wordnet-lexicon.ts';

/**
 * The groups of people an idea marks by who they are (see findGroupJudgement): a people noun, an identity word before
 * people, looks, a practice, a couple of one sex, a place they come from, an aid they use. Judged or not.
 */
export function groupsMarked(folded: string, words: readonly string[]): string[] {
  const marked: string[] = [];
  words.forEach((word, index) => {
    // "an African elephant", "a Siamese cat": a people's name before a creature names its kind, unless it is a faith's (a fable's people).
    const namesKind = sensesOf(words[index + 1] ?? '', 'noun', 1)[0]?.lexicographerFile === 'noun.animal' && !isFaith(word);
    if ((warningCategoriesOf(word).has('people-group') && !namesKind) || (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group' && word === 'disabled') || isPlaceOfWorship(word)) marked.push(word);
    // Side by side in the text, not across a comma: emoji tags ("green, fairy") and lists name no people.
    else if (isIdentityAdjective(word) && index + 1 < words.length && (isPeople(words[index + 1]) || ((isFaith(word) || word === 'gay') && isCreatures(words[index + 1]))) && folded.includes(`${word} ${words[index + 1]}`)) marked.push(`${word} ${words[index + 1]}`);
  });
  // "the dark-skinned princes", "the dark-furred wolves": a skin, fur or hair colour before people, or before creatures in the
  // plural as a fable casts a people; the hyphen read as a space.
  for (const byLooks of folded.matchAll(/\b(?:dark|black|brown|white|fair|light|yellow|red|curly)[ -]?(?:skinned|furred|haired|feathered|eyed) ([a-z]+)\b/g)) {
    if (isPeople(byLooks[1]) || isCreatures(byLooks[1])) marked.push(byLooks[0]);
  }
  // "the foxes with curly hair", "kids with dark skin": people, or creatures in the plural, told apart by their looks.
  for (const withLooks of folded.matchAll(/\b([a-z]+s) with (?:[a-z]+ ){1,2}?(?:hair|fur|skin|noses|eyes|feathers)\b/g)) {
    if (isPeople(withLooks[1]) || isCreatures(withLooks[1])) marked.push(withLooks[0]);
  }
  // A group named by what it does or is born as: "the families who pray facing east", "the mixed ones".
  const byPractice = /\b(?:people|families|children|kids|girls|boys|ones|those|folks|men|women|animals|neighbou?rs) (?:who|that) (?:pray|prays|worship\w*|believe\w*|speak\w*|wear\w*|come\w* from)\b|\b(?:people|kids|children|families|family|ones|those) (?:with|of) (?:[a-z]+ ){0,2}?(?:skin|accents?|religion|colou?r)\b|\b(?:pure|pure-?blooded|purebred|mixed|half-?(?:breed|blood)s?) (?:[a-z]+ )?(?:ones|animals|people|families|kids|children)\b/.exec(folded)?.[0];
  if (byPractice) marked.push(byPractice);
  // Two of one sex as a couple ("the two men holding hands", "two mums who love each other"): a people marked by whom they love.
  const couple = /\b(?:two|both|the) (?:men|women|dads|daddies|mums|moms|mummies|mommies|grooms|brides) (?:who are )?(?:holding hands|in love|kissing|married|who (?:love|kiss|married) each other)\b/.exec(folded)?.[0];
  if (couple) marked.push(couple);
  const fromPlace = /\bpeople from [a-z]+/.exec(folded)?.[0];
  if (fromPlace) marked.push(fromPlace);
  // "the family from Pakistan", "a boy from Somalia": people and the country they come from, a place WordNet names.
  for (const fromCountry of folded.matchAll(/\b([a-z]+) from ([a-z]+)\b/g)) {
    const [place] = sensesOf(fromCountry[2], 'noun', 1);
    if (isPeople(fromCountry[1]) && place?.lexicographerFile === 'noun.location' && place.instance === true && isKindOf(fromCountry[2], [['country', 2]], 1)) marked.push(fromCountry[0]);
  }
  // "the Irish are", "the French always": a people named by its describing word alone, as a whole.
  for (const asPeople of folded.matchAll(/\bthe ([a-z]+) (?:are|were|always|never|all|just|really|should|must|cannot|can'?t|do not|don'?t)\b/g)) {
    if (sensesOf(asPeople[1], 'adj', 2).some((sense) => sense.lexicographerFile === 'adj.pert') && isPeople(asPeople[1])) marked.push(asPeople[1]);
  }
  // A fable's people marked by where they come from ("the crickets from the south", "the foxes from over the river").
  for (const fromAfar of folded.matchAll(/\b([a-z]+s) from (?:the )?(?:north|south|east|west|other side|across|over|far away|another|abroad)\b/g)) {
    if (isPeople(fromAfar[1]) || isCreatures(fromAfar[1])) marked.push(fromAfar[0]);
  }
  // People marked by a wheelchair or another aid they use ("people in wheelchairs").
  const byAid = /\b(?:people|kids|children|boys|girls|men|women|those|ones|folks) (?:in|with|using|who use) (?:wheelchairs?|crutches|hearing aids?|walking frames?)\b/.exec(folded)?.[0];
  if (byAid) marked.push(byAid);
  return marked;
}

function isIdentityAdjective(word: string): boolean {
  const senses = sensesOf(word, 'adj', 2);
  // Relational adjectives (Jewish, Mexican, Muslim), skin colours, conditions and body shapes said of people ("the fat kids").
  return senses.some((sense) => sense.lexicographerFile === 'adj.pert') || isConditionOfPeople(word) || /^(black|white|brown|dark|dark-skinned|darkskinned|disabled|gay|foreign|poor|fat|obese|skinny)$/.test(word);
}

/**
 * A condition WordNet also names as a people ("the deaf", "the homeless", "the elderly"): a describing word whose noun
 * is a group (not "female", a person: sex is read apart, see isSexGroup); no praise ("the brave" are a people in WordNet
 * too), and nothing harsh in itself ("the dead": what befell them, not who they are).
 */
function isConditionOfPeople(word: string): boolean {
  return sensesOf(word, 'adj', 1).length > 0 && valenceOf(word) <= 0 && valenceOf(word) >= -2
    && sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.group');
}

/** "Jewish", "Muslim", "Catholic": a describing word of a faith (its noun, or its stem before "-ish", is a religious person or a Jew). */
function isFaith(word: string): boolean {
  return [word, word.replace(/ish$/, '')].some((noun) => isKindOf(noun, [['religious person', 1], ['jew', 1]], 1));
}

/** "the mosque", "the synagogue": a place of worship stands for its people ("why we don't go to the mosque part of town"). */
function isPlaceOfWorship(word: string): boolean {
  return isKindOf(word, [['place of worship', 1]], 1);
}

/** "the foxes": creatures, in the plural, as a fable casts a people ("the Jewish foxes"; never "a Christmas robin", one creature). */
function isCreatures(word: string): boolean {
  // "animals" itself: WordNet files the word at the top of its tree (noun.Tops), not among the creatures below it.
  return word.endsWith('s') && (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.animal' || word === 'animals' || word === 'creatures');
}
