/** Verbs that are not a goal of their own: the plot reads them (lost, afraid, help) or they only link. */
// Refusing or avoiding something is not doing it: "refuses to share his carrots" told as a wish come true says the opposite.
// Nor is missing it: "misses her cat" longs for the cat (told as a wish, "wanted to miss her cat").
export const notGoals = new Set(['be', 'have', 'lose', 'find', 'search', 'get', 'do', 'live', 'go', 'visit', 'see', 'travel', 'reach', 'explore', 'climb', 'has', 'is', 'are', 'forget', 'refuse', 'avoid', 'miss']);
/** Verbs of seeking that are a wish when the idea names no place to reach. */
export const seekingVerbs = new Set(['see', 'visit', 'reach', 'explore', 'climb', 'travel']);
/** Going somewhere ("fly to the moon", "swim in the lake") is a journey; "fly a kite" is a goal. */
export const goingVerbs = new Set(['fly', 'swim', 'sail', 'walk', 'run', 'drive', 'ride', 'hop', 'float', 'jump']);
/** Verbs of leaping: "jump over the fence" is done where the hero stands, never a trip to the fence. */
export const leapingVerbs = new Set(['jump', 'hop', 'leap', 'vault']);
/** Verbs of looking: what a wish only sees may be any thing a story can show ("see the fireworks"), not only what a wish may make or have. */
export const lookingVerbs = new Set(['see', 'watch', 'spot', 'view']);
export const blockedVerbFiles = new Set(['verb.body', 'verb.consumption', 'verb.emotion']);
/** Verbs that link the hero to how it is: what follows says how, not a thing. */
export const linkingVerbs = new Set(['be', 'become', 'stay', 'keep', 'look', 'feel', 'get', 'grow', 'remain']);
/** The verbs that say who the hero becomes. */
export const becomingVerbs = new Set(['be', 'become']);
