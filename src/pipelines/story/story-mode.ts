import type { OperatorSafetySettings } from '../../engine/pipeline.ts';

export type StoryMode = 'child' | 'standard';

/**
 * The one place a story's mode is decided, for every route, the CLI and the job service: child mode
 * unless the operator turned it off, or named this user as one who may have standard stories. A
 * request never takes part; an unreadable setting keeps child mode, so the decision fails closed.
 */
export function storyModeFor(safety: Partial<OperatorSafetySettings> | undefined, ownerId: string): StoryMode {
  if (safety?.childMode === false) return 'standard';
  return Array.isArray(safety?.standardModeUsers) && safety.standardModeUsers.includes(ownerId) ? 'standard' : 'child';
}
