import type { SafetyTopic } from './safety-topic.ts';

/**
 * Safety lessons: the stories parents ask for so that a child knows what to do (their body is theirs,
 * a found gun is left alone, an emergency number is called, grown-ups' troubles are not their fault).
 * Their words are the words harm is told in ("private parts", "gun", "secret", "prison"), so the checks
 * refuse them. Kiln writes these stories from its own storyline instead, safe by construction: the idea
 * is recognised by the protective act it asks the child to learn, and nothing of it but the vetted hero
 * reaches any model. An unsafe idea mistaken for a lesson still becomes the lesson, never its own words.
 * Each lesson's words go to language models as written, so they pass the story's own child-mode checks (a test).
 */
export const safetyLessons = {
  'my-body-is-mine': {
    title: 'my body belongs to me',
    lesson: 'my body belongs to me: the parts my swimsuit covers are private, I may say no to a hug or a touch I do not want, and I tell a grown-up I trust about any secret that makes me feel funny inside',
    topics: ['sexual', 'grooming', 'abuse'],
  },
  'check-with-a-grown-up': {
    title: 'I check with a grown-up I trust',
    lesson: 'if someone asks me to keep a secret from my family or to go somewhere with them, I check with a grown-up I trust first, and they are glad I told them',
    topics: ['grooming', 'threats', 'frightening', 'abuse'],
  },
  'leave-it-and-tell': {
    title: 'leave it and tell a grown-up',
    lesson: 'if I find something that is not a toy and is only for grown-ups to handle, I do not touch it, I move away, and I tell a grown-up straight away',
    topics: ['weapons', 'dangerous-instructions', 'substances', 'violence'],
  },
  'call-for-help': {
    title: 'I know how to get help',
    lesson: 'if a grown-up is poorly and cannot get up, or I cannot find my family, I stay calm and get help: I call the emergency number or ask a helper, and I say my name and where I am',
    topics: ['violence', 'abuse', 'frightening', 'self-harm', 'threats', 'grooming'],
  },
  'get-out-stay-out': {
    title: 'get out and stay out',
    lesson: 'when the smoke alarm beeps, I stay low, get out, go to our meeting place and stay out, and the grown-ups call for help',
    topics: ['dangerous-instructions', 'violence', 'frightening', 'substances'],
  },
  'not-my-fault': {
    title: 'it is not my fault',
    lesson: 'when grown-ups argue, are unwell or are far away, big feelings are fine to share, it is never my fault, and the people who love me still love me',
    topics: ['abuse', 'violence', 'frightening', 'threats', 'substances'],
  },
} as const satisfies Record<string, { title: string; lesson: string; topics: readonly SafetyTopic[] }>;

export type SafetyLessonId = keyof typeof safetyLessons;
export const safetyLessonIds = Object.keys(safetyLessons) as [SafetyLessonId, ...SafetyLessonId[]];

/** Whether a plot is one of Kiln's own safety stories. */
export function isSafetyLesson(plot: string): plot is SafetyLessonId {
  return Object.hasOwn(safetyLessons, plot);
}

// Who a child tells: a parent, a teacher, a grown-up, an adult (the words before it may qualify: "a grown-up she trusts").
const trustedPerson = String.raw`(?:(?:her|his|their|your|my|a|an|the)\s+)?(?:(?:safe|trusted)\s+)?(?:mum|mom|mummy|mommy|mama|dad|daddy|papa|parents?|teacher|grown[- ]?ups?|adults?|carers?|nan|grandma|granny|grandpa)`;
// "always to find a grown-up he trusts": finding one to tell is telling.
// Apertium puts Spanish "contar" (to tell, to count) as "count": "se lo cuente a un adulto" is "count it to him to an adult".
// Showing a trusted grown-up what happened is telling them ("a game friend asks for photos, and she shows her dad instead").
const telling = String.raw`(?:tells?|told|telling|talks?\s+to|checks?\s+with|asks?|runs?\s+to|goes\s+to|go\s+to|finds?|shows?|showed|counts?\s+it\s+(?:to\s+(?:him|her|them)\s+)?to)`;
// "doesn't tell", "never tells", "without telling", "not to tell": the silencing shape, never a lesson.
const negation = String.raw`(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|never|not|no|without|mustn'?t|won'?t|can'?t|shouldn'?t)`;

// Telling a trusted grown-up, with the two words before it, where a negation would sit.
const tellingWithTwoWordsBefore = new RegExp(String.raw`(?:^|[^\p{L}'])(?:(\p{L}+'?\p{L}*)\s+)?(?:(\p{L}+'?\p{L}*)\s+)?${telling}\s+${trustedPerson}\b`, 'gu');
const negated = new RegExp(String.raw`\b${negation}\b`, 'u');

// The trusted grown-ups named first, and the child who can tell them after ("five trusted adults they can tell"); "can't tell" is no such act.
const trustedOnesToTell = new RegExp(String.raw`\b${trustedPerson}\s+(?:(?:who|that|whom)\s+)?(?:you|they|he|she|i|we|kids|children)\s+(?:can|could|should|will|may)\s+(?:always\s+)?(?:tell|talk\s+to|go\s+to)\b`, 'u');

/** An affirmed act of telling a trusted grown-up ("tells his mum", "should always tell mum", "check with a grown-up you trust"). */
function tellsATrustedGrownUp(text: string): boolean {
  return trustedOnesToTell.test(text) || [...text.matchAll(tellingWithTwoWordsBefore)].some((match) => !negated.test([match[1], match[2]].filter(Boolean).join(' ')));
}

/** Words that silence a child or hand harm over: any of them and the idea is no lesson, whatever else it says. */
const silencing = new RegExp(String.raw`\b(?:${negation})\s+(?:to\s+)?(?:tell|telling|say\s+anything)\b|\bmust\s+never\s+(?:be\s+told|know)\b|\bsecret\s+from\b|\bbelongs?\s+to\s+(?:the\s+)?(?:grown-?ups|adults|them\s+all)\b|\b(?:never|not|can'?t|mustn'?t)\s+(?:to\s+)?say\s+no\b|\bhow\s+to\b(?!\s+(?:call|ask|get\s+help|find\s+help|say\s+no|stay\s+safe))`, 'u');

/**
 * A lesson is what the child does; it never asks how the harm goes ("go through each step", "in detail"), never has
 * a grown-up act on the child's body ("practise the bad touch on her"; "if anyone touches her" is what the lesson is about), and never threatens what telling would bring
 * ("if you tell anyone the police will take daddy away", "we keep it in the family").
 */
const harmTold = /(?<!\b(?:nobody|no\s+one|not|never|doesn'?t|don'?t|can'?t|cannot|shouldn'?t|mustn'?t|won'?t|if\s+(?:somebody|someone|anybody|anyone))\s+)\b(?:touch|touches|touching|touched)\s+(?:her|him|the\s+(?:child|kid|girl|boy))\b|\b(?:describe|describes|describing|description|(?:in|with) (?:as much |full |great |lots of )?detail|detailed|step[- ]by[- ]step|each step|every step|exactly how|what it feels like)\b|\b(?:touch|touches|touching|practi[sc]e|practi[sc]es|practi[sc]ing|show|shows|showing|do|does|doing)\b[^.!?]{0,25}\b(?:on|to) (?:her|him|them|the (?:child|kid|girl|boy))\b(?! (?:to|that|what|how|about|when|if)\b)|\bif (?:you|he|she|they) (?:ever )?(?:tell|tells|told|say|says)\b[^.!?]{0,60}\b(?:will|would|gonna|going to)\b|\b(?:keep|keeps|kept|stay|stays) (?:it |this |that )?(?:in|within) the family\b|\bfamily (?:business|matters?)\b/u;

/** Doing something with a found weapon or danger, rather than leaving it. */
const usesTheDanger = /\b(?:load|loads|loading|shoot|shoots|shooting|shot|point|points|pointing|aim|aims|fire|fires|trigger|plays?\s+with|playing\s+with|takes?\s+it|brings?\s+it|swallow|swallows|light|lights|lighting|safety\s+off|stab|stabs)\b/u;
const dangerFound = /\b(?:finds?|found|finding|comes?\s+across|discovers?|sees?|spots?)\b[^.!?]{0,60}\b(?:gun|guns|pistol|rifle|knife|knives|pills|tablets|medicine|matches|lighter|needle|syringe|bullets?|weapon)\b/u;
const leavesIt = /\b(?:(?:doesn'?t|does\s+not|don'?t|do\s+not|never|not\s+to)\s+touch(?:es)?|leaves?\s+(?:it|them|the\s+room)|walks?\s+away|moves?\s+away|goes?\s+to\s+(?:get|find)\s+a\s+grown-?up|gets?\s+a\s+grown-?up|(?:tells?|warns?)\s+(?:\p{L}+\s+)?(?:an?\s+)?(?:adult|grown-?up))\b/u;

// The names body-safety teaching goes by ("safe and unsafe touch", "the swimsuit rule", "no means no", "body autonomy",
// teaching consent, "tricky people", "stranger danger"): a parent who names one asks for its lesson, unless the idea waves
// it away ("stranger danger is a myth").
const bodyCurriculum = /\b(?:safe|good|ok|okay)\s+(?:and|or|vs\.?|versus)\s+(?:unsafe|bad|not[- ]ok(?:ay)?)\s+touch(?:es|ing)?\b|\b(?:swimsuit|underwear|pants)\s+rule\b|\bno\s+means\s+no\b|\bbody\s+autonomy\b|\b(?:teach|teaches|teaching|learn|learns|learning|about|explain|explains|explaining)\s+(?:\p{L}+\s+){0,2}?consent\b/u;
const checkingCurriculum = /\btricky[\s-]+(?:people|person|grown-?ups?|adults?)\b|\bstranger[\s-]+danger\b/u;
const wavedAway = /\b(?:myth|nonsense|not\s+real|isn'?t\s+real|made[- ]up|overrated|rubbish|a\s+lie|lies|no\s+such\s+thing|don'?t\s+need|doesn'?t\s+matter|does\s+not\s+matter|do\s+not\s+need|ignore)\b/u;
// Or a touch that feels wrong told to a trusted grown-up: "if somebody touches her and it gives her a bad feeling, she tells an adult".
const touchThatFeelsWrong = /\bif\s+(?:somebody|someone|anybody|anyone|a\s+grown-?up|an\s+adult)\s+touch(?:es)?\b/u;
const bodyIsTheirs = /\bbody[- ]safety\b|\b(?:swimsuit|swimming\s+costume|bathing\s+suit|underwear|pants)\s+covers?\b|\bbody\s+(?:belongs?\s+to\s+(?:her|him|them|you|me|itself|herself|himself)\b|is\s+(?:her|his|their|your|my)\s+own\b)|\bsay\s+no\s+to\s+(?:[\p{L}']+\s+){0,2}?(?:hugs?|kisses|touch|touching|tickl|cuddles?)|\bprivate\s+parts\b[^.!?]{0,40}\b(?:correct|right|proper|real)\s+(?:words?|names?)\b|\b(?:correct|right|proper|real)\s+(?:words?|names?)\s+for\s+(?:all\s+(?:of\s+)?)?(?:her|his|their|your|the)?\s*(?:body|private)/u;
// Secrets, strangers, screens, and the lure a child is taught to refuse ("a man in a car asks you to help find his puppy").
const secretOrGoing = /\bsecrets?\b|\bonline\b|\bstrangers?\b|\bgo(?:ing|es)?\s+(?:anywhere|off|away)\s+with\b|\b(?:in|from)\s+(?:a|his|her|their)\s+(?:car|van)\b/u;
// Good surprises and bad secrets, told apart: the lesson itself, said by its two words.
const surprisesAndSecrets = /\bsurprises?\b[^.!?]{0,60}\bsecrets?\b|\bsecrets?\b[^.!?]{0,60}\bsurprises?\b/u;
// "she can ALWAYS tell me": the parent who writes is the grown-up told.
const tellsTheWriter = /\b(?:can|should|will|to)\s+(?:always\s+)?(?:tell|come\s+to|talk\s+to)\s+me\b/u;

const someoneDown = /\b(?:faints?|fainted|fainting|passes\s+out|passed\s+out|collapses?|collapsed|won'?t\s+wake\s+up|can'?t\s+wake|falls?\s+and\s+(?:can'?t|cannot)\s+get\s+up|gets?\s+hurt|is\s+hurt)\b/u;
const getsLost = /\b(?:gets?|got|getting|is|was)\s+lost\b|\bin\s+case\s+(?:he|she|they|you|i)\s+(?:gets?|is)\s+lost\b/u;
// A lost child's first rule is to stay put: that is the help the lesson teaches, as calling the emergency number is.
const callsForHelp = /\b(?:call|calls|calling|dial|dials|dialling|dialing|phone|phones|ring|rings)\s+(?:the\s+)?(?:emergency|911|999|112|000|an?\s+ambulance|for\s+help)\b|\blearns?\s+(?:his|her|their|my|your)\s+(?:\p{L}+'?s?\s+)?(?:phone\s+)?number\b|\bfinds?\s+a\s+(?:lifeguard|police\s+officer|policeman|policewoman|helper)\b|\bstays?\s+put\b|\bstays?\s+where\s+(?:you|he|she|they)\s+(?:are|is)\b/u;

const notTheirFault = /\b(?:never|not|isn'?t|is\s+not|wasn'?t)\s+(?:the\s+child'?s|his|her|their|your|my|the\s+kid'?s)\s+fault\b|\bnot\s+(?:the\s+)?fault\s+of\s+(?:him|her|them|you|me|the\s+(?:child|kid|boy|girl))\b|\b(?:never|not|isn'?t|is\s+not)\s+because\s+of\s+(?:him|her|them|you|me)\b/u;
const stillLoved = /\b(?:still|always)\s+loves?\s+(?:her|him|them|you|me)\b/u;
const fireWarning = /\b(?:smoke|fire)\s+(?:alarm|alarms|drill|drills|detector)\b/u;
const getsOut = /\b(?:knows?\s+(?:exactly\s+)?what\s+to\s+do|crawls?\s+low|stays?\s+low|gets?\s+out|goes?\s+outside|meets?\s+at|meeting\s+(?:place|point|spot)|stays?\s+out)\b/u;
const grownUpTrouble = /\b(?:prison|jail|arguing|argue|argues|divorce|divorcing|separat\w+|dementia|alzheimer'?s|forgets|hospital|deployed|away\s+for\s+work)\b/u;

/**
 * The lesson an idea asks for, when it names a protective act and no silencing or use of harm; otherwise
 * undefined. English only: a gloss of another language is too loose to read a "not" in.
 */
export function findSafetyLesson(idea: string): SafetyLessonId | undefined {
  const text = idea.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  if (silencing.test(text) || harmTold.test(text)) return undefined;
  if (bodyIsTheirs.test(text) || (bodyCurriculum.test(text) && !wavedAway.test(text)) || (touchThatFeelsWrong.test(text) && tellsATrustedGrownUp(text))) return 'my-body-is-mine';
  if (dangerFound.test(text) && leavesIt.test(text) && !usesTheDanger.test(text)) return 'leave-it-and-tell';
  if ((secretOrGoing.test(text) || surprisesAndSecrets.test(text)) && (tellsATrustedGrownUp(text) || tellsTheWriter.test(text))) return 'check-with-a-grown-up';
  if (checkingCurriculum.test(text) && !wavedAway.test(text)) return 'check-with-a-grown-up';
  if (fireWarning.test(text) && getsOut.test(text)) return 'get-out-stay-out';
  if ((someoneDown.test(text) || getsLost.test(text)) && callsForHelp.test(text)) return 'call-for-help';
  if (notTheirFault.test(text) || (stillLoved.test(text) && grownUpTrouble.test(text))) return 'not-my-fault';
  return undefined;
}

/** Whether a refusal's topics all belong to the lesson: a lesson never lifts a refusal for anything else (hate, self-harm…). */
export function lessonCovers(lesson: SafetyLessonId, topics: readonly SafetyTopic[]): boolean {
  const covered: readonly SafetyTopic[] = safetyLessons[lesson].topics;
  return topics.length > 0 && topics.every((topic) => covered.includes(topic));
}
