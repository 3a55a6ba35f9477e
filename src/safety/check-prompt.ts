import { findPromptInjection } from './find-prompt-injection.ts';
import { removePersonalData } from './find-personal-data.ts';
import { describeFailures, failingCategories, type SafetyMode } from './safety-policy.ts';
import { foldText, type TermMatcher } from './term-matcher.ts';
import type { CategoryScore } from '../providers/spec/index.ts';

/** Prompt length limits, in characters after cleaning. */
export const promptLimits = { minLength: 3, maxLength: 400 } as const;

/** Why a prompt was refused; a client may branch on it. */
export type PromptRefusalKind = 'empty' | 'too-long' | 'injection' | 'unsafe';

export type PromptCheck =
  | {
      accepted: true;
      /** The prompt to write from: control characters and personal details taken out. */
      prompt: string;
      /** What was changed, one sentence each, to tell the parent. */
      notes: string[];
      /** The local layer's scores, for the moderation record. */
      categories: CategoryScore[];
    }
  | { accepted: false; kind: PromptRefusalKind; reason: string; categories: CategoryScore[] };

// C0/C1 controls except tab and newline, plus zero-width and bidirectional overrides that hide text.
const hiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Layer 1 of story safety, before anything is generated: length, hidden characters, attempts to steer
 * the writer, personal details, and harmful subjects. Refusals are kind and say what to change.
 */
export function checkPrompt(raw: string, options: { matcher: TermMatcher; mode: SafetyMode }): PromptCheck {
  const notes: string[] = [];
  let prompt = raw.replace(hiddenCharacters, '');
  if (prompt !== raw) notes.push('I took out some hidden control characters.');
  prompt = prompt.replace(/\s+/g, ' ').trim();
  if (prompt.length < promptLimits.minLength) {
    return refuse('empty', 'Tell me what the story should be about, for example "a sleepy dragon who lost his blanket".');
  }
  if (prompt.length > promptLimits.maxLength) {
    return refuse('too-long', `That idea is ${prompt.length} characters long; please keep it under ${promptLimits.maxLength}, a sentence or two is plenty.`);
  }
  const injection = findPromptInjection(foldText(prompt));
  if (injection) {
    return refuse('injection', `I can only write bedtime stories, and this request ${injection}. Please describe the story you would like instead.`);
  }
  const personal = removePersonalData(prompt);
  if (personal.found.length > 0) {
    notes.push(`I left out the ${personal.found.join(' and the ')}: stories do not need personal details.`);
    prompt = personal.cleaned;
    if (prompt.length < promptLimits.minLength) {
      return refuse('empty', 'Once the personal details are taken out there is no story idea left; tell me what the story should be about.');
    }
  }
  const categories = options.matcher.score(prompt);
  const failures = failingCategories(categories, options.mode);
  if (failures.length > 0) {
    const gentle = options.mode === 'child' ? 'Bedtime stories here stay gentle and safe' : 'Stories here stay within the safety rules';
    return {
      accepted: false,
      kind: 'unsafe',
      reason: `${gentle}, so I can't write about that: ${describeFailures(failures)}. How about a cosy adventure instead?`,
      categories,
    };
  }
  return { accepted: true, prompt, notes, categories };
}

function refuse(kind: PromptRefusalKind, reason: string): PromptCheck {
  return { accepted: false, kind, reason, categories: [] };
}
