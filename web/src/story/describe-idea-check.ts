import { describeIdeaChecker } from '../../../src/safety/describe-idea-checker.ts';

/** The language model that judged a story's idea before it was written (the server's `ideaCheck`). */
export interface IdeaCheck {
  /** `backend:model`, e.g. `ollama:llama3.2`. */
  model: string;
  /** `ollama`, `openai`, `llamacpp`, `gemini`. */
  backendType: string;
  passed: boolean;
}

/** "Before writing, llama3.2 on Ollama was asked whether the idea suits a bedtime story, and said yes." */
export function describeIdeaCheck(check: IdeaCheck): string {
  return `Checked by ${describeIdeaChecker(check)}: before writing, it was asked whether the idea suits a bedtime story for this child, and said yes.`;
}
