import { isDictionaryWord, isKindOf, sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Harm told in everyday words, by its shape rather than its vocabulary: something done until a body gives
 * way, hurting oneself, wanting not to wake up, a child shut away or beaten with a thing, and instructions
 * or acts with fire, heights or electricity (weak alone, refusing as instructions). Each shape needs no word that is harmful on its own, which is
 * why the word categories miss them ("hold the puppy under the water until it stops moving").
 */
// What a body does when it gives way, after "until": bleeding, its skin coming off, fainting, no longer moving or breathing.
const untilHarm = /\b(?:until|till|til) (he|she|it|they|his|her|their|your|the [a-z]+)\b(?:\s+[a-z']+){0,4}?\s+(bleeds?|bleeding|raw|bruised|(?:comes?|came|peels?|peeled) off|stops? (moving|breathing)|stopped (moving|breathing)|can'?t (breathe|move|stand|see|walk|hear)|cannot (breathe|move|stand|see|walk|hear)|could not (breathe|move|stand|see|walk|hear)|faints?|fainted|pass(es)? out|passed out|throws? up|threw up|falls? over|fell over|dizzy|dies|died|dead|screams?|cries)\b/;
// A blow repeated until the one struck gives in ("kicks him until he learns to go back"): force used to make someone do
// or be something. The one struck is a pronoun or a being in WordNet, never the ball.
const hitUntil = /\b(?:hit|hits|hitting|kick|kicks|kicked|kicking|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|beat|beats|beating|pinch(?:es|ed|ing)?) (him|her|them|(?:the|a|his|her|their) (?:[a-z]+ ){0,2}?([a-z]+))(?: [a-z']+){0,4}? until\b/g;
// "Cried himself to sleep", "sang herself to sleep": falling asleep, not hurting oneself.
const reflexive = /\b([a-z]+) (himself|herself|themselves|themself|myself|yourself)\b(?! to sleep\b)/g;
// Not wanting to be: the euphemisms of suicide a child's story never needs. A pet that "went to sleep forever" is a death
// told as past, a story of grief, not a wish. Gone "forever and never coming back" (or up, from under the bath water) is
// the same going told as a choice.
const notToBe = /\btired of (everything|living|life|being alive)\b|\bsleep\b.{0,20}\bnever (come|comes|coming) back\b|\b(never (wake|wakes|woke) up|not (to )?wake up (again|ever)|(?<!\b(?:went|gone) to )sleep forever|(to )?disappear forever|goodbye letters?|(will|would) be sorry|(nobody|no one) (has|have|needs|will have) to worry about (him|her|them|me) any ?more|(stop|stops|stopped) eating (until|so)|(?:wake|wakes) up any ?more|(?:fall|falls|fell|sleep|sleeps|asleep) for good(?= *(?:[,.;!]|and\b|so\b|$))|(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?miss (?:him|her|them|me)|(?:stop|stops|stopped) being(?= *[,.;]| and| forever)|(?:walks?|walked|wades?|waded|goes|went) (?:in)?to the (?:river|sea|lake|ocean|waves|deep water)\b.{0,40}\b(?:forever|for ever|for good|never (?:to )?come back)|make (him|her|them) (quiet|still|silent|go away) forever|(jump|jumps|jumped|jumping) (off|from)|(?:forever|for ever)(?: and ever)?,? and never (?:come|comes|coming|came) (?:back|up)|stones in (his|her|their) pockets|don'?t want to (live|be here)|doesn'?t want to (live|be here))\b/;
const shutAway = /\b(lock|locks|locked|locking|shut|shuts) (\w+ ){0,4}?(in|into|inside) (the |a |his |her )?([a-z]+ )?(cellar|basement|cupboard|closet|shed|cage|box|attic|trunk)\b/;
// Left without food: by nobody, or by a carer who forgets for days ("when mama is tired she forgets to feed him for a few days").
const leftUnfed = /\bwithout (food|water|eating|drinking) for\b|\b(nobody|no one) (has |had )?(fed|feeds|feed)\b|\b(not|never) (been )?(fed|given (any )?food)\b|\b(?:forgets?|forgot|forgotten|forgetting|(?:does|did|do)(?: not|n'?t)|never|stops?|stopped) (?:to )?feed(?:ing)? (?:him|her|them|me|it|(?:the|his|her|their) [a-z]+) for (?:a few |two |three |four |several |many |some )?(?:days|weeks)\b/;
// Tying up a being, not a boat: the word after "tie" must be a pronoun or a person or animal in WordNet.
const tiedUp = /\b(tie|ties|tied|tying|chain|chains|chained) (him|her|them|me|(?:the|a|his|her) (?:[a-z]+ ){0,2}?([a-z]+)) (up|to|down)\b/g;
// "Tie up the neighbour's cat": the being after the verb and its particle.
// A horse tied up at the saloon or to a post is hitched, not hurt: a place after it is no harm.
const tiedUpFirst = /\b(?:tie|ties|tied|tying|chain|chains|chained) up (?:the|a|his|her|their) (?:[a-z']+ ){0,2}?([a-z]+)\b(?! (?:at|to|outside|by|near|beside|in)\b)/g;
// A stone thrown at a head or a face, or at a being: "throws a rock at his head".
const stoneThrown = /\b(?:throw|throws|threw|throwing|hurl\w*|pelt\w*) (?:a |the |big |sharp |some )*(?:rock|rocks|stone|stones|brick|bricks)\b (?:at|on) (?:his|her|their|its|the|a) ((?:[a-z']+ ){0,2}[a-z]+)\b/g;
// A push where a fall hurts: "a big surprise push at the top of the stairs".
const pushNearDrop = /\b(?:push|pushes|pushed|pushing|shove\w*)\b.{0,60}\b(?:top of the (?:stairs|steps|slide|ladder)|edge of the (?:cliff|roof|balcony|platform|pool))\b|\b(?:top of the (?:stairs|steps|ladder)|edge of the (?:cliff|roof|balcony|platform))\b.{0,60}\b(?:push|pushes|pushed|shove\w*)\b/;
// A hand held in a flame as a dare: "holding his hand over the candle flame the longest".
const handInFlame = /\b(?:hold|holds|holding|held|put|puts|putting|keep|keeps|keeping)\w* (?:his|her|their|your|my|a) (?:hand|hands|finger|fingers|palm|arm)\b (?:over|in|into|above|on) (?:the |a )?(?:candle )?(?:flame|flames|fire|candle|stove|hob|iron)\b/;
// "Gets the wooden spoon every time she cries": a beating named by its tool.
const getsTheTool = /\b(?:(?:gets?|got|getting)|(?:give|gives|gave|giving) (?:him|her|them|me|[a-z]+)) the (?:[a-z]+ )?(spoon|belt|slipper|strap|cane|stick|switch|paddle)\b/;
// What makes a tool a beating's: it comes when a child misbehaves, or it leaves marks.
const forMisbehaving = /\bwhen (?:he|she|they|[a-z]+)(?:'s| is| are| was| were| gets?| got)? (?:rude|naughty|bad|cheeky|loud|noisy|late|silly|disobedient|wrong)\b|\b(marks|bruises|welts|stripes)\b/;
const beatenWith = /\b(hit|hits|hitting|beat|beats|beating|whip|whips|whipping|smack|smacks) (\w+ ){0,4}?with (a |an |the |his |her )?(belt|stick|whip|hammer|pan|rod|bat|cane)\b/;
// A height that makes a climb out onto a ledge a fall ("the window ledge on the 8th floor"); or a child who climbs up there to
// fly or jump (a fledgling that jumps off the roof to fly is a bird's first flight, so only beside a child word).
// Digits arrive folded as letters ("8th" reads "bth"), so an ordinal is any one or two characters before its ending.
const highUp = /\b([a-z\d]{1,2}(?:st|nd|rd|th)|top|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|highest) (floor|storey|story)\b|\b(skyscraper|tower block|high-?rise)\b/;
const toFly = /\bto (fly|jump|leap|float)\b|\b(fly|flies|flying) like\b/;
const hazardAct = /\b(light|lights|lit|strike|strikes) (a |the )?(match|matches|lighter)\b|\bset (\w+ ){0,5}?on fire\b|\bturn(s|ed)? on the gas\b|\b(pour|pours|poured) (\w+ ){0,3}?(petrol|gasoline|fuel|lighter fluid)\b|\b(climb|climbs|climbing|lean|leans|leaning|jump|jumps|stand|stands|walk|walks|walking) (\w+ ){0,3}?(over|onto|on|off|out of|from) (the |a )?(balcony|railing|roof|ledge|window|bridge)\b|\b(socket|power line|power outlet)s?\b|\bhotwire\b|\b(lie|lies|lay|lying|play|plays|stand|stands|sit|sits) (down )?(on|in) (the )?(train tracks|tracks|railway|rails|road|motorway|highway)\b/;
// Scalding: boiling water or oil poured or thrown on someone ("pours boiling water on her brother as a joke").
const scalding = /\b(?:pour|pours|poured|pouring|throw|throws|threw|throwing|tip|tips|tipped|tipping|splash\w*)\b (?:[a-z]+ ){0,2}?(?:boiling|scalding|hot) (?:water|tea|oil|soup|coffee|kettle)\b (?:on|over|onto|at) (him|her|them|me|(?:his|her|their|the|a) ((?:[a-z]+ ){0,2}[a-z]+))\b/;
// Pushed into water by someone who knows the other cannot swim.
const intoWater = /\b(?:push|pushes|pushed|pushing|throw|throws|threw|throwing|shove\w*|drop\w*|tip|tips|tipped)\b (?:[a-z']+ ){1,3}?(?:into|in) the (?:swimming pool|pool|river|lake|sea|pond|canal|water|deep end)\b/;
const cannotSwim = /\b(?:can'?t|cannot|can not|doesn'?t know how to|does not know how to|never learned to) swim\b/;
// Fire made with a fuel: petrol on a fire is no story to copy.
const fuelFire = /\b(?:fire|fires|light|lights|lit|burn\w*|flames?|campfire|bonfire)\b.{0,30}\b(?:petrol|gasoline|lighter fluid|paraffin|kerosene)\b|\b(?:petrol|gasoline|lighter fluid|paraffin|kerosene)\b.{0,30}\b(?:fire|light|lights|lit|match|matches|burn\w*|flames?)\b/;
// Playing on the railway or the motorway ("plays chicken on the train tracks"): no story needs a child to copy it.
const onTheTracks = /\b(?:play|plays|played|playing|lie|lies|lay|lying|dare|dares|dared)\b (?:[a-z]+ ){0,2}?(?:on|in|across) the (?:train tracks|railway(?: line)?|rails|motorway|highway)\b/;
// Hurt given as a lesson: a punishment frame with a hurting word or a hot thing ("hands on the hot stove to teach them a lesson").
const punishment = /\bto teach (him|her|them|me|you|[a-z]+) a lesson\b|\bas (a )?punishment\b|\bto punish (him|her|them|me)\b/;
const hotThing = /\b(hot|boiling|scalding|burning|freezing|ice-cold)\b/;
// Hurting told as a pleasure or a habit: "likes to hurt cats", "hits him every time he spills".
/** Words after a verb that only link it to what follows: no one it is done to. */
const linkingWords = new Set(['for', 'because', 'at', 'in', 'on', 'by', 'with', 'about', 'when', 'while', 'and', 'but', 'so', 'to', 'of', 'from', 'after', 'before']);
const habitOrPleasure = /\b(likes?|loves?|enjoys?) to\b|\bfor fun\b|\bevery (time|day|night)\b|\bwhenever\b|\bwhen nobody\b/;
// A verb and who it is done to: a pronoun, a person or animal (WordNet), or a name (a word no dictionary has).
// A lookahead, so that each word is read as a verb in turn ("likes to hurt cats": "hurt cats" too).
const doneTo = /\b([a-z]+) (?=(him|her|them|me|(?:(?:the|his|her|their|a) )?(?:(?:little|baby|new|small) )?([a-z]+))\b)/g;
const hitting = /^(hit|hits|hitting|punish|punishes|punished|kick|kicks|slap|slaps|pinch|pinches|bite|bites)$/;
// Steps to follow (also asked for as "explain exactly how", "show each step"), or a dare: both ask the child to copy.
const instruction = /\b(dares? (\w+ ){0,3}?to|dared (\w+ ){0,3}?to|how to|step by step|step \d|steps?\b|recipe|instructions?|exact(ly)? (amount|amounts|recipe|way)|first\b.{1,80}\bthen|(explain|show|tell) (exactly |us |them |kids |children )?(how|each step|every step|the steps))\b/;

/** Whether a word's commonest noun meaning is a person or an animal (WordNet's files): who can be hurt. */
function isBeing(word: string): boolean {
  return ['noun.person', 'noun.animal'].includes(sensesOf(word, 'noun', 1)[0]?.lexicographerFile ?? '');
}

/** Whether a word is a verb of hurting: below WordNet's harm or killing, or strongly negative (AFINN-165), or a contact verb that breaks skin (a bear scratches himself on a tree, a child does not cut herself). */
function isHurting(word: string): boolean {
  const categories = warningCategoriesOf(word);
  if (categories.has('harm') || categories.has('killing') || valenceOf(word) <= -2) return true;
  return /^(cut|cuts|cutting|burn|burns|burning|starve|starves|starving|punch|punches)$/.test(word) && sensesOf(word, 'verb', 1).length > 0;
}

/** The harm shapes of an idea folded by normalizeForMatching (combinations refuse on their own). */
export function findHarmShapes(folded: string): WarningSign[] {
  const signs: WarningSign[] = [];
  const add = (kind: string, words: string | undefined) => { if (words) signs.push({ kind, words: [words], strength: 'combination' }); };
  add('hurting someone until their body gives way', untilHarm.exec(folded)?.[0]);
  add('hurting oneself', [...folded.matchAll(reflexive)].find((match) => isHurting(match[1]))?.[0]);
  add('not wanting to live', notToBe.exec(folded)?.[0]);
  add('hitting someone until they give in', [...folded.matchAll(hitUntil)].find((match) => !match[2] || isBeing(match[2]))?.[0]);
  const tied = [...folded.matchAll(tiedUp)].find((match) => !match[3] || isBeing(match[3]));
  const tiedFirst = [...folded.matchAll(tiedUpFirst)].find((match) => isBeing(match[1]));
  add('a child shut away or tied up', shutAway.exec(folded)?.[0] ?? tied?.[0] ?? tiedFirst?.[0]);
  add('a child left without food', leftUnfed.exec(folded)?.[0]);
  const struck = (word: string) => /^(?:head|face|eyes?|nose|heads|faces)$/.test(word) || isBeing(word.replace(/'s$/, ''));
  const stone = [...folded.matchAll(stoneThrown)].find((match) => match[1].split(' ').some(struck));
  add('stones thrown at someone', stone?.[0]);
  add('a push where a fall hurts', pushNearDrop.exec(folded)?.[0]);
  add('a hand held in a flame', handInFlame.exec(folded)?.[0]);
  // A little engine playing on the railway is at home there: the player, just before the verb, is no vehicle.
  const tracks = onTheTracks.exec(folded);
  const vehiclePlays = tracks !== null && (folded.slice(0, tracks.index).match(/[a-z]+/g) ?? []).slice(-3).some((word) => isKindOf(word, [['vehicle', 1], ['locomotive', 1]], 3));
  add('playing on the railway or the motorway', vehiclePlays ? undefined : tracks?.[0]);
  // On a being, not on the pasta: a pronoun, or a person or an animal in WordNet.
  const scalded = scalding.exec(folded);
  add('scalding someone', scalded && (!scalded[2] || scalded[2].split(' ').some(isBeing)) ? scalded[0] : undefined);
  const pushedIn = intoWater.exec(folded)?.[0];
  add('pushing someone who cannot swim into water', pushedIn && cannotSwim.test(folded) ? pushedIn : undefined);
  add('fire made with a fuel', fuelFire.exec(folded)?.[0]);
  add('beating with a thing', beatenWith.exec(folded)?.[0] ?? (habitOrPleasure.test(folded) || forMisbehaving.test(folded) ? getsTheTool.exec(folded)?.[0] : undefined));
  // Done to someone: a being or a name after the verb, never a word that only links ("is bullied | for wearing his kippah").
  const hurt = habitOrPleasure.test(folded) ? [...folded.matchAll(doneTo)].find((match) => (isHurting(match[1]) || hitting.test(match[1])) && (!match[3] || (!linkingWords.has(match[3]) && (!isDictionaryWord(match[3]) || isBeing(match[3]))))) : undefined;
  add('hurting for pleasure or as a habit', hurt ? `${hurt[1]} ${hurt[2]}` : undefined);
  const lesson = punishment.exec(folded)?.[0];
  add('hurt given as a lesson', lesson && (hotThing.test(folded) || (folded.match(/[a-z]+/g) ?? []).some((word) => isHurting(word) || hitting.test(word))) ? lesson : undefined);
  const hazard = hazardAct.exec(folded)?.[0];
  const steps = instruction.exec(folded)?.[0];
  // Alone, a climb onto the roof may be for the stars: a weak sign. Told as steps to follow, it refuses.
  const childNamed = () => (folded.match(/[a-z]+/g) ?? []).some((word) => warningCategoriesOf(word).has('child'));
  const height = hazard && /\b(balcony|railing|roof|ledge|window|bridge)\b/.test(hazard) ? highUp.exec(folded)?.[0] ?? (childNamed() ? toFly.exec(folded)?.[0] : undefined) : undefined;
  if (hazard && steps) add('instructions for something dangerous', `${steps} … ${hazard}`);
  else if (height) add('climbing out where a fall kills', `${hazard} … ${height}`);
  else if (hazard) signs.push({ kind: 'something dangerous to copy', words: [hazard], strength: 'weak' });
  return signs;
}
