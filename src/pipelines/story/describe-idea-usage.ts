/** The words a parent reads about their idea, shared by the CLI and the story page (the server keeps the lists in story.json). */

/** "I used: a train, carry dreams" and "I did not understand: dreams": one line each, none for an empty list. */
export function describeIdeaUsage(content: { ideaUsed?: string[]; ideaNotUnderstood?: string[]; ideaLeftOut?: string[]; ideaNotDrawn?: string[]; ideaReadAs?: string; ideaTranslated?: boolean }): string[] {
  const { ideaUsed = [], ideaNotUnderstood = [], ideaLeftOut = [], ideaNotDrawn = [], ideaReadAs, ideaTranslated } = content;
  const how = ideaTranslated ? 'in English through a machine translation (Apertium)' : 'word by word in English';
  return [
    // The lists below are of these English words, not of the idea's own.
    ...(ideaReadAs ? [`I read your idea ${how} as: "${ideaReadAs}"`] : []),
    ...(ideaUsed.length > 0 ? [`I used: ${ideaUsed.join(', ')}`] : []),
    ...(ideaNotUnderstood.length > 0 ? [`I did not understand: ${ideaNotUnderstood.join(', ')}`] : []),
    ...(ideaLeftOut.length > 0 ? [`I left out, as not right for a bedtime story here: ${ideaLeftOut.join(', ')}`] : []),
    // Said of the built-in illustrator only: another image backend may well draw them.
    ...(ideaNotDrawn.length > 0 ? [`The built-in pictures cannot draw: ${ideaNotDrawn.join(', ')} (the story tells of them; another image backend may draw them)`] : []),
  ];
}
