// The words around a being in an idea that the hero reader (find-idea-hero.ts) and its helpers look for.

/** After these, a word is the verb of a clause ("who teaches", "where dad burns"), never a hero (Teach the pirate, Burns the poet). */
export const relativeWords = new Set(['who', 'whose', 'that', 'which', 'where']);
/** "a volcano who", "a seed that": words that make the noun before them someone the idea tells about ("a story where" does not). */
export const personifyingWords = new Set(['who', 'whose', 'that', 'which']);
/** Words that say where something is: "a piano in an old house", "a snail on a leaf". */
export const placingWords = new Set(['in', 'on', 'at', 'under', 'inside', 'near', 'by', 'beside', 'behind']);
/** Words that end a noun phrase though WordNet also has them as nouns ("at" a currency, "in" an inch). */
export const phraseEnders = new Set(['at', 'in', 'on', 'with', 'from', 'for', 'of', 'by', 'to', 'and', 'or', 'but', 'named', 'called', 'like', 'near', 'under', 'over', 'is', 'was', 's']);
/** "my grandma" is the listener's own family, never put into a story; "a grandma who knits" is anyone's. */
export const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** Words that may open an idea before its subject: "a story about a big grumpy volcano who …". */
export const openingWords = new Set(['a', 'an', 'the', 'story', 'tale', 'bedtime', 'about', 'of', 'once', 'upon', 'time', 'there', 'was', 'is']);

/** What a noun before the hero may be to name its kind: a creature, a person or a made thing ("a hot air balloon" is no "air balloon"). */
export const modifierFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact']);

/** Words for the story asked for. */
export const storyWords = new Set(['story', 'stories', 'tale', 'tales']);
/** Things a personified subject may be: a volcano, a snowman, a seed, a storm, a cloud (never an idea or a feeling). */
export const concreteFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact', 'noun.object', 'noun.plant', 'noun.food', 'noun.phenomenon', 'noun.substance']);
