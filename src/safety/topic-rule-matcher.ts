import { normalizeForMatching } from './normalize-for-matching.ts';
import { conceptsEnglish } from './rules/concepts-english.ts';
import { conceptsOtherLanguages } from './rules/concepts-other-languages.ts';
import { topicRules, type TextReach, type TopicRule } from './rules/topic-rules.ts';
import { safetyTopics, type SafetyTopic } from './safety-topic.ts';

/** One topic found in a text, with what matched (for the parent's sentence and the record). */
export interface TopicHit {
  topic: SafetyTopic;
  matched: string[];
}

interface CompiledPart {
  /** Matches with word edges, in the folded text. */
  bounded: RegExp;
  /** Matches anywhere, in letters that were written apart (their word edges are lost). */
  anywhere: RegExp;
}

interface CompiledRule {
  topic: SafetyTopic;
  reach: TextReach | undefined;
  all: CompiledPart[];
  unless: CompiledPart[];
}

const separator = "[\\s\\-_,.:;!?\"'()]+";
const wordCharacter = "[\\p{L}\\p{N}']";
const latinStart = /^[a-z0-9]/;
// A request is judged whole up to this length, beyond it as story text is.
const wholeTextLimit = 400;

/** Merges groups of words from several lists, later ones adding to earlier ones. */
export function mergeConcepts(...lists: Record<string, string[]>[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const list of lists) for (const [name, words] of Object.entries(list)) merged[name] = [...(merged[name] ?? []), ...words];
  return merged;
}

/**
 * Judges meaning with rules over groups of words: a child and undressing, not eating and feeling fat,
 * sweets and "don't tell". Built once; a check is a few dozen regular expressions over folded text.
 */
export class TopicRuleMatcher {
  private readonly rules: CompiledRule[];
  private readonly benign: CompiledPart | undefined;

  /** `extra` adds operator phrases that are always refused, by topic (the terms file's `Topics`). */
  constructor(extra: Partial<Record<SafetyTopic, string[]>> = {}, concepts = mergeConcepts(conceptsEnglish, conceptsOtherLanguages), rules: TopicRule[] = topicRules) {
    const sources = new Map<string, string>();
    const conceptSource = (name: string, withEdges: boolean, depth: number): string => {
      if (depth > 3) throw new Error(`The safety word group {${name}} refers to itself.`);
      const words = concepts[name];
      if (!words) throw new Error(`The safety rules name an unknown word group {${name}}.`);
      const key = `${name}:${withEdges}`;
      if (!sources.has(key)) sources.set(key, alternation(words, (inner) => conceptSource(inner, withEdges, depth + 1), withEdges));
      return sources.get(key)!;
    };
    const part = (term: string): CompiledPart => ({
      bounded: new RegExp(alternation([term], (name) => conceptSource(name, true, 0), true), 'u'),
      anywhere: new RegExp(alternation([term], (name) => conceptSource(name, false, 0), false), 'u'),
    });
    const extraRules = Object.entries(extra).flatMap(([topic, terms]) => (terms ?? []).map((term) => ({ topic: topic as SafetyTopic, all: [term] })));
    this.rules = [...rules, ...extraRules].map((rule: TopicRule) => ({ topic: rule.topic, reach: rule.reach, all: rule.all.map(part), unless: (rule.unless ?? []).map(part) }));
    this.benign = concepts.benign ? part('{benign}') : undefined;
  }

  /** The normalised text with harmless phrases ("water gun", "kills time") blanked, for the word lists too. */
  withoutBenign(text: string): string {
    const folded = normalizeForMatching(text).text;
    return this.benign ? folded.replace(new RegExp(this.benign.bounded.source, 'gu'), ' ~ ') : folded;
  }

  /**
   * The topics the text is about, most serious first (in the order of safetyTopics). `reach` says what
   * the text is: a `request` (a prompt, an idea part) is one thought and is judged whole; `story` text
   * (scenes, titles, picture briefs) only combines words from a sentence and its neighbour, and skips
   * the rules written for requests alone.
   */
  find(text: string, reach: TextReach = 'request'): TopicHit[] {
    const normalized = normalizeForMatching(text);
    const folded = this.withoutBenign(text);
    const found = new Map<SafetyTopic, Set<string>>();
    const rules = this.rules.filter((rule) => rule.reach === undefined || rule.reach === reach);
    for (const window of windowsOf(folded, reach)) {
      for (const rule of rules) {
        const matched = matchAll(rule.all, window, normalized.joinedRuns);
        if (!matched || matchAll(rule.unless, window, normalized.joinedRuns, true)) continue;
        const words = found.get(rule.topic) ?? new Set<string>();
        words.add(matched.join(' + '));
        found.set(rule.topic, words);
      }
    }
    return safetyTopics.filter((topic) => found.has(topic)).map((topic) => ({ topic, matched: [...found.get(topic)!] }));
  }
}

function matchAll(parts: CompiledPart[], window: string, joinedRuns: string[], any = false): string[] | undefined {
  const matched: string[] = [];
  for (const part of parts) {
    const hit = part.bounded.exec(window)?.[0] ?? joinedRuns.map((run) => part.anywhere.exec(run)?.[0]).find(Boolean);
    if (hit && any) return [hit.trim()];
    if (!hit && !any) return undefined;
    if (hit) matched.push(hit.trim());
  }
  return any ? undefined : matched;
}

/**
 * The stretches a rule's words must share. A story names a boy in one sentence and a ball kicked to his
 * dad in the next; only words in one sentence or two neighbouring ones (where a "him" still points at
 * the boy) describe one act. Whole-text matching of a 120-word scene joined words from unrelated acts.
 */
function windowsOf(text: string, reach: TextReach): string[] {
  if (reach === 'request' && text.length <= wholeTextLimit) return [text];
  const sentences = text.split(/(?<=[.!?。！？])\s*/u).filter(Boolean);
  return sentences.length < 2 ? [text] : sentences.slice(1).map((sentence, index) => `${sentences[index]} ${sentence}`);
}

/**
 * One phrase to a regular expression: letters match runs of themselves ("kiiill" is "kill"), `*` any
 * ending, `...` up to three words, `{group}` any word of the group, spaces any separator.
 */
function termSource(term: string, group: (name: string) => string): string {
  const tokens = term.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, index) => {
    if (token === '...') {
      source += `(?:${separator}${wordCharacter}+){0,3}`;
      return;
    }
    if (index > 0) source += separator;
    const groupName = /^\{(\w+)\}$/.exec(token)?.[1];
    source += groupName ? `(?:${group(groupName)})` : wordSource(token.toLowerCase());
  });
  return source;
}

/**
 * Many phrases as one pattern; word edges are checked once around the Latin ones (not per phrase,
 * which kept a check above the time budget), never around Japanese, which has no spaces.
 */
function alternation(terms: string[], group: (name: string) => string, withEdges: boolean): string {
  const whole = terms.map((term) => /^\{(\w+)\}$/.exec(term)?.[1]).filter((name): name is string => name !== undefined);
  const spaced = terms.filter((term) => (latinStart.test(term) || term.startsWith('{')) && !/^\{\w+\}$/.test(term));
  const unspaced = terms.filter((term) => !spaced.includes(term) && !/^\{\w+\}$/.test(term));
  // A whole group keeps its own edges (its Japanese words have none).
  const sources: string[] = whole.map(group);
  if (spaced.length > 0) {
    const body = spaced.map((term) => termSource(term, group)).join('|');
    sources.push(withEdges ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body);
  }
  if (unspaced.length > 0) sources.push(unspaced.map((term) => termSource(term, group)).join('|'));
  return `(?:${sources.join('|')})`;
}

function wordSource(word: string): string {
  const ending = word.endsWith('*') ? '[\\p{L}\\p{N}]*' : '';
  const letters = word.replace(/\*$/, '');
  let source = '';
  for (const run of letters.match(/(.)\1*/gsu) ?? []) {
    const character = run[0];
    if (character === '-' || character === "'") {
      // "grown-up" is also "grown up" and "grownup"; "don't" also "dont".
      source += character === '-' ? '[\\s\\-_]*' : "'?";
      continue;
    }
    const escaped = character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    source += /[a-z]/.test(character) ? (run.length === 1 ? `${escaped}+` : `${escaped}{${run.length},}`) : escaped.repeat(run.length);
  }
  return source + ending;
}
