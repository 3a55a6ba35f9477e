/**
 * A stand-in's `reply` for tests that are about something other than the AI idea check: it answers
 * the check's question the way a working model does (`safe`) and echoes every other request, as the
 * stand-ins do by default. Without it the echo answers the check too, which fails closed (as it should).
 */
export function answerIdeaChecksSafe(content: string): string {
  return content.includes("First line must read 'safe' or 'unsafe'") ? 'safe' : `You said: ${content}`;
}
