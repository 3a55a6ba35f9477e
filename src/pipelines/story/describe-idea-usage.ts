/** The words a parent reads about their idea, shared by the CLI and the story page (the server keeps the lists in story.json). */

/** "I used: a train, carry dreams" and "I did not understand: dreams": one line each, none for an empty list. */
export function describeIdeaUsage(content: { ideaUsed?: string[]; ideaNotUnderstood?: string[] }): string[] {
  const { ideaUsed = [], ideaNotUnderstood = [] } = content;
  return [
    ...(ideaUsed.length > 0 ? [`I used: ${ideaUsed.join(', ')}`] : []),
    ...(ideaNotUnderstood.length > 0 ? [`I did not understand: ${ideaNotUnderstood.join(', ')}`] : []),
  ];
}
