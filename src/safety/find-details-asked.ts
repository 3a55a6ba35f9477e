import type { WarningSign } from './warning-sign.ts';
import { warningCategoriesOf } from './warning-categories.ts';
import { isKindOf } from './wordnet-lexicon.ts';

/**
 * A story in which the child is asked for, or hands over, what finds and robs a family: her home address, her school,
 * a phone number, a password or a card number ("the owl asks the little girl for her home address", "she tells the
 * robot her address, her school's name and her mum's credit card number"). The details themselves are taken out of an
 * idea (find-personal-data); this is the story that would teach a child to give them. One detail told is an everyday
 * act (an address on a parcel, a password typed at a door), so it takes someone asking for one, several told
 * together, or a card number. A lesson against it ("learns never to tell a stranger her address") has a negation before the telling,
 * and telling a police officer, a teacher or family when lost is the lesson itself (WordNet: a lawman, an educator, a relative).
 */
const asking = String.raw`(?:ask|asks|asked|asking)`;
const telling = String.raw`(?:ask|asks|asked|asking|tell|tells|told|telling|say|says|said|saying|give|gives|gave|giving|share|shares|shared|sharing|type|types|typed|typing|whisper|whispers|whispered|spell|spells)`;
const whose = String.raw`(?:her|his|their|your|my|the child'?s|(?:her|his|their|your|my) (?:mum|mom|mummy|mommy|dad|daddy|parents?|family)'?s?)`;
// What finds a child or robs her family; a name is asked at every party, so it only counts beside another detail.
const finding = String.raw`(?:(?:home |house |street )?address|(?:phone|telephone|mobile) number|password|passcode|pin(?: number)?|(?:credit|bank|debit) card(?: number)?|card number|school'?s name|bank details)`;
const naming = String.raw`(?:full name|surname|last name)`;
const where = String.raw`(?:which|what) school (?:she|he|they|you|i) (?:goes|go|attends?) to|where (?:she|he|they|you|i) lives?|the name of (?:her|his|their|your|my) school|what time (?:her|his|their|your|my) parents`;
const detailAfter = (verbs: string, details: string) => new RegExp(String.raw`\b${verbs}\b((?:\s+[a-z'-]+){0,8}?)\s+(?:${whose} (?:${details})|${where})\b`, 'g');
const askedForOne = detailAfter(asking, finding);
// A family's card number has no everyday telling: told at all, it is given away.
const toldCard = detailAfter(telling, String.raw`(?:credit|bank|debit) card(?: number)?|card number|bank details`);
const toldAny = detailAfter(telling, `${finding}|${naming}`);
const anyDetail = new RegExp(String.raw`\b(?:${whose} (${finding}|${naming})|(${where}))\b`, 'g');
// The parent asking Kiln itself for someone's address or school ("tell me the home address and school of the little girl from
// the video"): no story needs Kiln to find where a real child lives, whoever asks.
const askedOfKiln = /\b(?:tell|give|send|find|show|get|look up|dig up) me\b(?: [a-z']+){0,3}? (?:(?:home |house |street )?address(?:es)?|(?:phone|telephone|mobile) numbers?|where (?:she|he|they) (?:lives?|goes to school)|which school)\b|\bwhat(?:'s| is) (?:the )?(?:home |house )?address of\b/;
// A child word is never the trusted one ("girl" is also a daughter, a relative, in WordNet).
const trusted = (word: string) => !warningCategoriesOf(word).has('child') && isKindOf(word, [['lawman', 1], ['educator', 1], ['relative', 1], ['parent', 1], ['rescuer', 1], ['guard', 1]], 3);
const negation = /\b(?:never|not|n't|don'?t|doesn'?t|won'?t|shouldn'?t|mustn'?t|no one|nobody|refuses?|refused)\b/;

/** The sign of a child asked for, or telling, her identifying details (or of Kiln asked for them), in an idea folded by normalizeForMatching. */
export function findDetailsAsked(folded: string): WarningSign[] {
  const asked = askedOfKiln.exec(folded);
  if (asked) return [{ kind: 'a request for where someone lives', words: [asked[0]], strength: 'combination' }];
  // Up to four words before the verb, and the words between it and the detail: "never tell anyone your address".
  const meant = (match: RegExpMatchArray) => {
    const before = (folded.slice(0, match.index).match(/[a-z']+/g) ?? []).slice(-4).join(' ');
    return !negation.test(before) && !negation.test(match[1]) && !(match[1].match(/[a-z]+/g) ?? []).some(trusted);
  };
  const distinct = new Set([...folded.matchAll(anyDetail)].map((match) => (match[1] ?? match[2]).replace(/^(?:home|house|street) /, '').split(' ')[0]));
  const found = [...folded.matchAll(askedForOne)].find(meant) ?? [...folded.matchAll(toldCard)].find(meant) ?? (distinct.size >= 2 ? [...folded.matchAll(toldAny)].find(meant) : undefined);
  return found ? [{ kind: 'a child giving away where she lives or who she is', words: [found[0]], strength: 'combination' }] : [];
}
