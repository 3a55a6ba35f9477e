// Not "in": swimming in the lake is done there, as the places reader reads it (read-idea-places.ts), never a trip to the lake.
export const directionWords = new Set(['to', 'into', 'across', 'over', 'through', 'around', 'up', 'down', 'away', 'home', 'off', 'far', 'high']);
/** Words that open a clause saying when or on what condition. */
export const timeClauses = new Set(['when', 'while', 'until', 'before', 'after', 'because', 'if', 'though', 'although', 'whenever']);
/** Where a goal's words end: the next clause. */
export const clauseEnds = new Set(['and', 'but', 'who', 'that', 'which', 'because', 'while', 'when', 'before', 'after', 'until', 'so', 'or', 'where', 'if', 'unless', 'though', 'although']);
/** Short words a goal may carry that a dictionary of nouns, verbs and adjectives does not list. */
export const glueWords = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'into', 'on', 'onto', 'at', 'for', 'from', 'with', 'across', 'through', 'over', 'under', 'up', 'down', 'away', 'home', 'every', 'all', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'out', 'off', 'around', 'by', 'each',
  // "learn how to dance", "a race against the hare", "swim like his brothers": the rest of English's short prepositions,
  // and "than", which opens a comparison ("jump higher | than everyone").
  'how', 'than', 'against', 'like', 'without', 'behind', 'beside', 'near', 'past', 'along', 'toward', 'towards', 'inside', 'outside', 'above', 'below', 'beneath', 'between', 'beyond', 'among', 'upon']);

/** A glue word a wish may not end on: every one but "home" and "away", which say where ("come home", "fly away"). */
export const dangles = (word: string) => glueWords.has(word) && word !== 'home' && word !== 'away';

/** Words that say whose a thing is. */
export const ownerWords = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** Words that point at a thing rather than describe it: after one, a word that ends the goal is a noun ("keep a secret"). */
export const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'every', 'each', 'all']);

/** Words that open a phrase saying where, for whom or with whom: a goal may end before one ("balance a ball | on her nose"). */
export const prepositions = new Set(['on', 'onto', 'in', 'into', 'at', 'for', 'from', 'with', 'across', 'through', 'over', 'under', 'by', 'around', 'to', 'of', 'than',
  'against', 'like', 'without', 'behind', 'beside', 'near', 'past', 'along', 'toward', 'towards', 'inside', 'outside', 'above', 'below', 'beneath', 'between', 'beyond', 'among', 'upon']);
