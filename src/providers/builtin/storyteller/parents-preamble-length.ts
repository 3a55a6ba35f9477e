import { sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { ideaWords } from './idea-words.ts';

/**
 * "my son loves diggers and cranes, so a crane who helps build a playground": what a parent says of their own child
 * before the idea proper (up to the first comma, dash or full stop, or "so") explains why they ask; the hero is looked
 * for after it first. The words before still say where and with what ("my daughter loves the beach - …"), and
 * "my son is learning to ride a bike, can you make a story about that" has no hero after, so it is read whole.
 * How many of the idea's words the preamble holds; 0 for none. `words` is the idea split by ideaWords, when the caller has it.
 */
export function parentsPreambleLength(idea: string, words: readonly string[] = ideaWords(idea)): number {
  // "for Leo (4):", "for my 4 year old who loves trucks:", "for Ava, age 3 -": who the story is for, up to a colon or a dash.
  const forWhom = /^\s*for\s+[^:;.!?–—]{1,50}?\s*(?:[:–—]|\s-)\s*/iu.exec(idea);
  if (forWhom) return wordsBefore(idea, forWhom[0].length, words);
  // "Freddie is scared of the dentist tomorrow, can you do a story about a brave little crocodile": a request for a story
  // after a sentence or clause of its own says what the story is about; what came before only explains why.
  // "One" only after a verb of asking ("can you do one about …"): ", one with mom and one with dad" asks for nothing.
  // "…, tomorrow she wants a story about a puffin": the child asking, said after the day's news, is a request too.
  // An emoji ends the news as a full stop would ("tummy bug week in our house 🤢 story about a teddy who …").
  const request = /[,.;:!?–—\-\p{Extended_Pictographic}]\s*(?:(?:so\s+)?(?:can|could|would|will)\s+(?:you|u)\s+|pls\s+|please\s+|(?:(?:and|so|but)\s+)?(?:(?:tomorrow|tonight|today|now)\s+)?(?:she|he|they|we|i)\s+(?:wants?|wanted|asked\s+for|asks\s+for|would\s+like|needs?)\s+)?(?:(?:do|write|make|tell|give)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale|one)|(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale))\s+(?:about|where|with)\b/iu.exec(idea);
  if (request) return wordsBefore(idea, request.index, words);
  // "new sibling. a kangaroo whose mum …", "rainy day story. a little puddle who …", "chinese new year - a dragon who …": a
  // short label before a sentence that introduces its subject says what the story is for, not who it is about.
  const label = /^\s*(?!(?:a|an|the)\s)([^.!?:,–—-]{2,60}?)\s*(?:[.!?:,–—]+|\s-)\s*(?=(?:a|an|the)\s)/iu.exec(idea);
  // A label says no doing: "Grandpa is in hospital with his heart." is a sentence of the idea's own.
  if (label && ideaWords(label[1]).length <= 8 && !/\b(?:who|that|which|is|are|was|were|has|have|had|will|can|does|did)\b/iu.test(label[1])) return wordsBefore(idea, label[0].length, words);
  // "my daughter has two dads and wants a story where a princess …": or up to the child's asking for a story.
  const preamble = /^\s*(?:my|our)\s+[^,.;:!?\-–—]*?(?:\s+so\s+|\s*[,.;:!?\-–—]+\s*|\s+and\s+(?:wants|would\s+like|asks\s+for|asked\s+for)\s+(?=(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale)\s+(?:about|where|with)\b))/iu.exec(idea);
  if (!preamble) return 0;
  // Someone of the family ("my son", "our twins"), not a pet: "our goldfish Bubbles died today. A story about a fish who…" is the goldfish's.
  const [sense] = sensesOf(ideaWords(preamble[0])[1] ?? '', 'noun', 1);
  // "my 2yo loves ducks.", "our 4 year old is scared of the dark,": a child given by age (the digits are no word).
  const byAge = /^\s*(?:my|our)\s+\d+\s*(?:yo|y\/o|y\.o\.|years?[- ]old|yr[- ]old)\b/iu.test(preamble[0]);
  // "my son wants a story about a shark who …, all the fish are scared of him": a request for a story inside the preamble
  // is the idea; the preamble ends where it begins.
  const askedWithin = /(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale)\s+(?:about|where|with)\b/iu.exec(preamble[0]);
  const end = askedWithin ? askedWithin.index : preamble[0].length;
  return sense?.lexicographerFile === 'noun.person' || byAge ? wordsBefore(idea, end, words) : 0;
}

/**
 * How many of the idea's words come before a point in it, counted as the whole idea is split: the part alone would lose a
 * texted "pls" at its end as a sign-off ("Diwali story pls. a little clay lamp who …" left "pls" before the hero).
 */
function wordsBefore(idea: string, end: number, words: readonly string[]): number {
  return words.length - ideaWords(idea.slice(end)).length;
}
