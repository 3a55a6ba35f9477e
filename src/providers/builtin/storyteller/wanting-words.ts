/** Words before the goal's verb that only say the hero wants it ("who really wants to", "that dreams of"). */
export const wantingWords = new Set(['wants', 'want', 'wanted', 'wishes', 'wish', 'hopes', 'hope', 'longs', 'long', 'tries', 'try', 'plans', 'plan', 'needs', 'need', 'decides', 'decide', 'decided', 'would', 'like', 'likes', 'loves', 'love', 'dreams', 'dream',
  'wanting', 'wishing', 'hoping', 'longing', 'trying', 'planning', 'dreaming']);
// "wishes he could taste ice cream": the hero named again before the verb.
export const leadingWords = new Set(['who', 'that', 'which', 'he', 'she', 'it', 'they', 'really', 'just', 'always', 'so', 'to', 'of', 'about', 'can', 'cannot', 'cant', 'can’t', 'could', 'not', 'never', 'will', 'wont', 'is', 'still', 'too', 'shy', 'afraid', 'scared', 'nervous', 'ready', 'able', 'eager', 'must']);
/** Words of forgetting: "forgot how to chime" wishes to chime again. */
export const forgettingWords = new Set(['forgot', 'forgets', 'forgotten']);
/** Words that, before "to", say the hero must do what follows ("has to", "had to", "got to"). */
export const obligingWords = new Set(['has', 'have', 'had', 'got']);
/** Words that say which time: "every single day", "the whole night". */
export const timeMarkers = new Set(['every', 'each', 'single', 'whole', 'same', 'next', 'other',
  // "be a christmas tree one day": one day is some day, not part of the wish.
  'one']);
/** Words that ask, which stand for a thing said after them. */
export const questionWords = new Set(['what', 'where', 'why', 'how', 'who', 'which', 'whether']);
/** Words that stand for a thing said before: no wish of their own. */
export const pronounObjects = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'one']);
/** "is desperate to", "is determined to": how much the hero wants what follows. */
export const eagerWords = new Set(['determined', 'desperate', 'keen', 'longing', 'itching', 'dying',
  // "races to reach the tallest tree", "promised to get to the top": how the hero goes about what follows.
  'races', 'race', 'racing', 'rushes', 'rush', 'rushing', 'hurries', 'hurry', 'hurrying', 'promised', 'promises', 'promise']);
/** "has always wanted", "had long wished". */
export const adverbsOfTime = new Set(['always', 'long', 'forever', 'secretly', 'really']);
/** "on a mission to", "on a quest to". */
export const missionWords = new Set(['mission', 'quest']);
/** "wonders if he can …". */
export const wonderingWords = new Set(['wonders', 'wonder', 'wondering']);
/** Words of dreaming of something: "dreams of having a ship". */
export const dreamingWords = new Set(['dreams', 'dream', 'dreaming', 'dreamt', 'dreamed']);
/** Words after which a verb is in its plain form, never a past ("can fly", "will not fly"). */
export const modalWords = new Set(['can', 'cannot', 'cant', 'can’t', 'could', 'will', 'wont', 'would', 'never', 'not']);
/** Words of fear: what comes after "afraid of" is feared, not wished for. */
export const fearingWords = new Set(['afraid', 'scared', 'nervous']);
/** The request's own words: a story is what the parent asks for, never what the hero wants. */
export const framingWords = new Set(['story', 'stories', 'tale', 'tales']);
/** Who may start a clause straight after a thing, with no "that": "the biggest turnip anyone has ever seen". */
export const clauseSubjects = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'you', 'i', 'we', 'they', 'he', 'she']);
/** Words of loving: what follows straight after is a thing loved ("loves space"), a doing only with "to" or "-ing". */
export const lovingWords = new Set(['loves', 'love', 'likes', 'like', 'adores', 'adore']);
/** Words that want the thing named next ("wants a new shell"). */
export const wishWords = new Set(['wants', 'want', 'wanted', 'wishes', 'needs', 'need',
  // "planning a midnight picnic": to have it.
  'plans', 'plan', 'planned', 'planning']);
