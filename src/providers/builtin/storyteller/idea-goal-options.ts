/** How readIdeaGoal reads a wish, for the callers that read it more or less widely. */
export interface IdeaGoalOptions {
  /** Read seeing, visiting and climbing as wishes too. */
  seeking?: boolean;
  /** Answer no wish rather than one cut short. */
  whole?: boolean;
  /** Read going somewhere as a wish (for an idea that names no place to reach: "fly over the ice"). */
  going?: boolean;
}
