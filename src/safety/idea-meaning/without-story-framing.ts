/**
 * The idea without the words that ask for a story ("write me a short bedtime story about …"). They carry no
 * content, and in the red-team sets they came far more often with harmful ideas than with safe ones, so the
 * harm reading would otherwise learn the framing: "a story about a girl" read as likely harm.
 */
const framing = /^\s*(please\s+)?((write|tell|make|give)\s+(me\s+|us\s+)?)?(a|an|the)?\s*((short|little|cosy|cozy|gentle|sweet|fun|funny|simple)\s+)*(bedtime\s+)?(story|tale|fable|fairy tale)\s*(for\s+\w+\s+)?(about|where|in which|of|with|that|:)?\s*/i;

// A parent's question asking for it ("can you do one where …", "could you write a story about …"): left on, the encoder
// read four of the outside writers' gentle ideas so phrased (a tapir lost before dark, a quiet fire engine) as near harm.
// Taking it off changed no verdict of any red-team set.
const asked = /^\s*(please\s+)?(can|could|would|will)\s+(you|u)\s+(please\s+)?(write|tell|make|give|do|create)\s+(me\s+|us\s+)?((a|an|the|one|something)\s+)?((short|little|cosy|cozy|gentle|sweet|fun|funny|simple|new)\s+)*(bedtime\s+)?((story|tale|fable|fairy tale)\s+)?(for\s+\w+\s+)?(about|where|in which|of|with|that|on|:)?\s*/i;

export function withoutStoryFraming(idea: string): string {
  return idea.replace(asked, '').replace(framing, '') || idea;
}
