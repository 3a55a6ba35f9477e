import type { CategoryScore } from '../providers/spec/index.ts';
import type { GuardrailTerms } from './story-guardrail-terms.ts';
import { TermMatcher } from './term-matcher.ts';
import type { TextReach } from './rules/topic-rules.ts';
import { TopicRuleMatcher, type TopicHit } from './topic-rule-matcher.ts';
import { refusedTopics, type SafetyMode } from './safety-policy.ts';
import { topicCategory, type SafetyTopic } from './safety-topic.ts';

/** Severity a topic rule gives its category: above every threshold of both modes. */
const topicSeverity = 6;

export interface SafetyScan {
  /** Scores per moderation category: the weighted terms', raised to 6 where a topic rule matched. */
  categories: CategoryScore[];
  /** The topics the topic rules found that the mode refuses. */
  topics: TopicHit[];
  /** The weighted terms' scores alone, before the topic rules raised them: what a word said, with no rule. */
  wordCategories: CategoryScore[];
}

/**
 * The local guardrails in one object: weighted term lists (how strong a word is, per category) and
 * topic rules (what the text is about). Compiled once per terms file; `scan` costs well under 5 ms.
 */
export class SafetyMatcher {
  private readonly terms: TermMatcher;
  private readonly topicRules: TopicRuleMatcher;

  constructor(terms: GuardrailTerms, topicTerms: Partial<Record<SafetyTopic, string[]>> = {}) {
    this.terms = new TermMatcher(terms);
    this.topicRules = new TopicRuleMatcher(topicTerms);
  }

  /** `reach`: a `request` (prompt, idea part) is judged whole, `story` text by neighbouring sentences. */
  scan(text: string, mode: SafetyMode = 'child', reach: TextReach = 'request'): SafetyScan {
    const topics = this.topicRules.find(text, reach).filter((hit) => refusedTopics[mode].has(hit.topic));
    const wordCategories = this.terms.score(this.topicRules.withoutBenign(text));
    const categories = wordCategories.map((score) => {
      const hits = topics.filter((hit) => topicCategory[hit.topic] === score.category);
      if (hits.length === 0) return score;
      const reasons = [...(score.reasons ?? []), ...hits.flatMap((hit) => hit.matched.map((words) => `${hit.topic}: ${words}`))];
      return { category: score.category, severity: Math.max(score.severity, topicSeverity), reasons };
    });
    return { categories, topics, wordCategories };
  }

  /** Normalised text with the phrases the rules know to be harmless ("kills time", "pillow fight") blanked. */
  blankBenign(folded: string): string {
    return this.topicRules.blankBenign(folded);
  }

  /** Whether an idea's sentence readings name a blade and each shows every one at kitchen work (a chef's knife beside a child is a cooking lesson). */
  bladesAtKitchenWork(readings: string[]): boolean {
    return this.topicRules.bladesAtKitchenWork(readings);
  }

  /** The normalised text with every blade blanked, for a reading of an idea whose sentence shows them at kitchen work. */
  withoutBlades(text: string): string {
    return this.topicRules.withoutBlades(text);
  }

  /** Scores per category, as the moderation services give them (topics as child mode refuses them). */
  score(text: string): CategoryScore[] {
    return this.scan(text, 'child').categories;
  }
}
