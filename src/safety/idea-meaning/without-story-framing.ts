/**
 * The idea without the words that ask for a story ("write me a short bedtime story about …"). They carry no
 * content, and in the red-team sets they came far more often with harmful ideas than with safe ones, so the
 * harm reading would otherwise learn the framing: "a story about a girl" read as likely harm.
 */
const framing = /^\s*(please\s+)?((write|tell|make|give)\s+(me\s+|us\s+)?)?(a|an|the)?\s*((short|little|cosy|cozy|gentle|sweet|fun|funny|simple)\s+)*(bedtime\s+)?(story|tale|fable|fairy tale)\s*(for\s+\w+\s+)?(about|where|in which|of|with|that|:)?\s*/i;

export function withoutStoryFraming(idea: string): string {
  return idea.replace(framing, '') || idea;
}
