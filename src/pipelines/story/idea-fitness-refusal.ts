import { UnsafeContentError } from '../../engine/errors/index.ts';
import { ideaFitnessCategories } from '../../safety/idea-fitness-prompt.ts';
import type { IdeaFitnessVerdict } from '../../safety/read-idea-fitness-answer.ts';
import { refusalHelp, suggestionsSentence } from '../../safety/refusal-help.ts';
import { describeIdeaChecker } from '../../safety/describe-idea-checker.ts';
import type { IdeaFitnessRecord } from './ask-idea-fitness.ts';

/**
 * The refusal for an idea the text model did not call safe, shaped like the rule layer's: the topic
 * in plain words, two safe ideas close to the request, and the same details for clients. A model's
 * unclear answer is never quoted to the parent (it may be anything); the job record keeps its length.
 */
export function ideaFitnessRefusal(verdict: Exclude<IdeaFitnessVerdict, { fit: true }>, record: IdeaFitnessRecord, idea: string, childAge: number): UnsafeContentError {
  const checker = describeIdeaChecker(record);
  const topics = verdict.kind === 'unsafe' ? verdict.codes.map((code) => ideaFitnessCategories[code].topic) : [];
  const help = refusalHelp(topics[0] ?? 'frightening', idea);
  const ideas = suggestionsSentence(help);
  const forWhom = `a bedtime story for a ${childAge}-year-old`;
  const reason = verdict.kind === 'unclear'
    ? `I asked ${checker} whether this idea suits ${forWhom} and did not get a clear yes, so I won't write it. ${ideas}`
    : topics.length > 0
      ? `${checker} judged this idea not right for ${forWhom}: it is about ${[...new Set(topics.map((topic) => refusalHelp(topic, idea).topicLabel))].join(' and ')}, so I can't write it. ${ideas}`
      : `${checker} judged this idea not right for ${forWhom}, so I can't write it. ${ideas}`;
  return new UnsafeContentError(reason, {
    details: {
      kind: verdict.kind === 'unclear' ? 'ai-check-unclear' : 'ai-check-unsafe', categories: verdict.kind === 'unsafe' ? verdict.codes : [], topics,
      topic: topics.length > 0 ? help.topic : undefined, topicLabel: topics.length > 0 ? help.topicLabel : undefined, suggestions: help.suggestions,
      checkedBy: record.model, answer: verdict.kind === 'unsafe' ? record.answer : undefined, answerLength: record.answer.length,
    },
  });
}
