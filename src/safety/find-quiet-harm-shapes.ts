import type { WarningSign } from './warning-sign.ts';

/**
 * Harm told softly, with no harmful word at all, by the shape of what is done (found in probe-6, the fifth outside
 * writer's studied set, and kept to shapes a bedtime story never has): a dependent kept without food or water or
 * shut away for a long time, a face held under water or a pillow, a baby shaken hard, bruises hidden, eating
 * made a virtue of not eating, a family better off without someone, a little one lured away where its family
 * cannot find it, a powder sniffed, messages deleted, a grown-up drink sipped, cleaning liquids mixed, a fire lit
 * indoors, and a dare made into steps ("explain exactly how", "show each step").
 */
const deprived = /\bwithout (any )?(food|water|dinner|supper|meals?|eating|drinking|a coat|a blanket)\b/;
const longTime = /\b(all|the whole) (night|day|weekend|week|summer|winter)( long)?\b|\bfor (hours|days|weeks)\b|\bin the (snow|cold|rain) all\b/;
const keptAway = /\b(lock|locks|locked|locking|leave|leaves|left|leaving|shut|shuts|tied|tie|ties|kept|keep|keeps)\b(?:\s+[a-z0-9'-]+){0,5}?\s+(outside|out|in the (dark )?(closet|cupboard|cellar|basement|shed|cage|box|car|garage|attic))\b/;
// Holding one's breath under water is swimming, not harm.
const heldUnder = /\b(hold|holds|holding|held|push|pushes|pushing|pushed|keep|keeps|keeping)\b(?!(?:\s+[a-z'-]+)?\s+breath\b)(?:\s+[a-z'-]+){0,4}?\s+(under the (bath)?water|under water|underwater)\b|\b(hold|holds|holding|held|press|presses|pressing)\b(?:\s+[a-z'-]+){0,3}?\s+(pillow|bag|blanket|hand|cushion)s? over (his|her|their|its|each other'?s|someone'?s|the baby'?s|[a-z]+'s) (face|mouth|nose|head)\b/;
const shaken = /\b(shake|shakes|shaking|shook)\b(?:\s+[a-z'-]+){0,3}?\s+(really |very |so |super )?(hard|until)\b/;
const hiddenMarks = /\b(hide|hides|hiding|hid|cover|covers|covering)\b(?:\s+[a-z'-]+){0,2}?\s+(bruises|marks|cuts|scars|burns)\b/;
const notEating = /\b(only|just) (eats?|eating|ate) (one|a single|half an?|two) [a-z]+ (a|each|every) day\b|\b(skip|skips|skipping|skipped) (dinner|lunch|breakfast|meals|eating|supper)\b|\b(vomit|vomits|vomiting|throws? up|threw up|throwing up|sick)\b(?:\s+[a-z'-]+){0,2}?\s+after (eating|meals|dinner|lunch|food|she eats|he eats)\b/;
const betterWithout = /\b(happier|better off|better|nicer|easier) without (him|her|them|me|you|[a-z]+)\b(?!\s+(umbrella|coat|hat|shoes|the))/;
const luredAway = /\blur(e|es|ed|ing)\b(?:\s+[a-z'-]+){0,5}?\s+(away|into|in|with (sweets|candy|treats|toys|puppies))\b|\bwhere (his|her|its|their) (parents|mum|mom|mommy|mummy|dad|daddy|family) (can|could|will|would) never find\b/;
const powder = /\b(sniff|sniffs|sniffing|snort|snorts|snorting)\b(?:\s+[a-z'-]+){0,3}?\s+(powder|dust)\b/;
const deletedMessages = /\bdelete (the|their|our|his|her|all|those|these|any) (messages|chats|texts|photos|pictures|videos)\b/;
const grownUpDrink = /\b(sip|sips|sipping|drink|drinks|drinking|gulp|gulps|taste|tastes)\b(?:\s+[a-z'-]+){0,6}?\s+(flask|grown-?up (apple |grape )?(juice|drinks?))\b/;
const cleanersMixed = /\b(mix|mixes|mixed|mixing)\b(?:\s+[a-z'-]+){0,2}?\s+(bleach|cleaning (stuff|liquids?|bottles?|products?|sprays?))\b/;
const fireIndoors = /\b(light|lights|lit|lighting)\b(?:\s+[a-z'-]+){0,2}?\s+on the (stove|cooker|hob)\b|\b(campfire|bonfire|fire) in (the|their|his|her|your|a|my) (bedroom|room|bed|house|tent)\b/;
const stepsAsked = /\b(explain|show|tell) (exactly |us |them |kids |children )?(how|each step|every step|the steps)\b/;

/** The quiet harm shapes of an idea folded by normalizeForMatching (each refuses on its own, as a combination). */
export function findQuietHarmShapes(folded: string): WarningSign[] {
  const signs: WarningSign[] = [];
  const add = (kind: string, words: string | undefined) => { if (words) signs.push({ kind, words: [words], strength: 'combination' }); };
  const without = deprived.exec(folded)?.[0];
  const long = longTime.exec(folded)?.[0];
  const kept = keptAway.exec(folded)?.[0];
  // Either of the three alone is everyday ("without a coat", "all night long", "left outside"); two together are neglect.
  const neglect = [without, long, kept].filter((words): words is string => words !== undefined);
  add('someone kept without care', neglect.length >= 2 ? neglect.join(' … ') : undefined);
  add('holding someone under water or over the face', heldUnder.exec(folded)?.[0]);
  add('shaking someone hard', shaken.exec(folded)?.[0]);
  add('hiding the marks of being hurt', hiddenMarks.exec(folded)?.[0]);
  add('not eating made a virtue', notEating.exec(folded)?.[0]);
  add('not wanting to live', betterWithout.exec(folded)?.[0]);
  add('luring a little one away', luredAway.exec(folded)?.[0]);
  add('sniffing a powder', powder.exec(folded)?.[0]);
  add('deleting messages so grown-ups do not see', deletedMessages.exec(folded)?.[0]);
  add('a grown-up drink given as fun', grownUpDrink.exec(folded)?.[0]);
  add('mixing cleaning liquids', cleanersMixed.exec(folded)?.[0]);
  add('lighting a fire indoors', fireIndoors.exec(folded)?.[0]);
  return signs;
}

/** Steps asked for in words other than "how to" ("explain exactly how he does it"), for the dangerous-instructions shape. */
export function asksForSteps(folded: string): string | undefined {
  return stepsAsked.exec(folded)?.[0];
}
