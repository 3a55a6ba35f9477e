/** The words a parent reads about their idea, shared by the CLI and the story page (the server keeps the lists in story.json). */

/** "I used: a train, carry dreams" and "I did not understand: dreams": one line each, none for an empty list. */
export function describeIdeaUsage(content: { ideaUsed?: string[]; ideaNotUnderstood?: string[]; ideaLeftOut?: string[]; ideaNotDrawn?: string[]; ideaReadAs?: string }): string[] {
  const { ideaUsed = [], ideaNotUnderstood = [], ideaLeftOut = [], ideaNotDrawn = [], ideaReadAs } = content;
  return [
    // The lists below are of these English words, not of the idea's own.
    ...(ideaReadAs ? [`I read your idea word by word in English as: "${ideaReadAs}"`] : []),
    ...(ideaUsed.length > 0 ? [`I used: ${ideaUsed.join(', ')}`] : []),
    ...(ideaNotUnderstood.length > 0 ? [`I did not understand: ${ideaNotUnderstood.join(', ')}`] : []),
    ...(ideaLeftOut.length > 0 ? [`I left out, as not right for a bedtime story here: ${ideaLeftOut.join(', ')}`] : []),
    // Said of the built-in illustrator only: another image backend may well draw them.
    ...(ideaNotDrawn.length > 0 ? [`The built-in pictures cannot draw: ${ideaNotDrawn.join(', ')} (the story tells of them; another image backend may draw them)`] : []),
  ];
}
