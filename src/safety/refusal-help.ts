import type { SafetyTopic } from './safety-topic.ts';

/** What the parent reads when a request is refused: the topic in plain words and two nearby ideas. */
export interface RefusalHelp {
  topic: SafetyTopic;
  /** The topic in plain words: "weapons". */
  topicLabel: string;
  /** Two safe ideas close to the request. */
  suggestions: [string, string];
}

export const topicLabels: Record<SafetyTopic, string> = {
  sexual: 'sexual content or undressing', grooming: 'secrets with grown-ups or strangers', 'self-harm': 'hurting oneself or not eating',
  suicide: 'wanting to die', substances: 'alcohol, smoking, drugs or medicine', weapons: 'weapons', violence: 'violence and injuries',
  abuse: 'abuse or kidnapping', threats: 'threats aimed at the child', hate: 'hateful words or insults about people',
  'dangerous-instructions': 'dangerous things to copy (bombs, fire, poison)', 'personal-data': 'personal details',
  'prompt-injection': 'instructions to the writer instead of a story idea', frightening: 'frightening things for bedtime',
};

// {hero} is the request's own character where one is recognised ("the dragon"), else a gentle default.
const ideas: Record<SafetyTopic, [string, string]> = {
  sexual: ['{hero} who gets ready for a cosy pyjama party', 'two friends who build a blanket fort'],
  grooming: ['{hero} who learns that surprises are fun to share with mum and dad', 'a friendly neighbour who helps find a lost kite, with the whole family'],
  'self-harm': ['{hero} who learns to be kind to themself on a hard day', 'a picnic where everyone shares their favourite food'],
  suicide: ['{hero} who feels sad and finds a friend to talk to', 'a little cloud who learns that rain helps flowers grow'],
  substances: ['{hero} who makes the best hot chocolate in the village', 'a lemonade stand that brings the neighbours together'],
  weapons: ['{hero} who solves a problem with a clever idea instead', 'a brave knight who makes friends with the dragon'],
  violence: ['{hero} who makes friends with the one everyone was afraid of', 'a brave knight who makes friends with the dragon'],
  abuse: ['{hero} who finds a safe, warm home', 'a family of bears who take care of each other'],
  threats: ['{hero} who keeps watch so everyone sleeps safely', 'a night light that chases away the shadows'],
  hate: ['{hero} who makes a friend who is different from them', 'a class that learns everyone has something special'],
  'dangerous-instructions': ['{hero} who does a safe science experiment with a grown-up', 'a firefighter who teaches the village about safety'],
  'personal-data': ['the same story without names of places or numbers', '{hero} on an adventure in a made-up town'],
  'prompt-injection': ['{hero} who goes on a gentle adventure', 'a sleepy dragon who lost his blanket'],
  frightening: ['{hero} who finds that the dark is full of friendly stars', 'a lost bunny who is found and tucked in'],
};

const heroes = /\b(dragon|knight|monster|clown|pirate|princess|prince|wizard|witch|ghost|bunny|rabbit|bear|teddy bear|wolf|fox|cat|dog|puppy|kitten|penguin|lion|tiger|mouse|robot|giant|troll|fairy|mermaid|dinosaur|unicorn|owl|girl|boy)s?\b/i;

/** The refused topic in plain words, with two ideas that keep the request's hero. */
export function refusalHelp(topic: SafetyTopic, request: string): RefusalHelp {
  const heroWord = heroes.exec(request)?.[1]?.toLowerCase();
  const hero = heroWord ? `a kind ${heroWord}` : 'a kind little hero';
  const [first, second] = ideas[topic].map((idea) => idea.replace('{hero}', hero));
  return { topic, topicLabel: topicLabels[topic], suggestions: [first, second] };
}

/** The two safe ideas as the sentence that ends every refusal: 'How about "…" or "…"?'. */
export function suggestionsSentence(help: RefusalHelp): string {
  return `How about "${help.suggestions[0]}" or "${help.suggestions[1]}"?`;
}
