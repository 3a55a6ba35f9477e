import { normalizeForMatching } from './normalize-for-matching.ts';
import { blankBlowsToFood, showsKitchenWork } from './read-kitchen-work.ts';
import { blankSportsShots } from './read-sports-shots.ts';
import { blankToneLimits } from './read-tone-limits.ts';
import { blankFigurativeKilling } from './read-figurative-killing.ts';
import { blankHarmlessNames } from './read-harmless-names.ts';
import { conceptsEnglish } from './rules/concepts-english.ts';
import { conceptsOtherLanguages } from './rules/concepts-other-languages.ts';
import { topicRules, type TextReach, type TopicRule } from './rules/topic-rules.ts';
import { safetyTopics, type SafetyTopic } from './safety-topic.ts';

/** One topic found in a text, with what matched (for the parent's sentence and the record). */
export interface TopicHit {
  topic: SafetyTopic;
  matched: string[];
}

/**
 * One part of a rule, as two patterns made on first use: parsing them all costs a few hundred ms, and
 * most parts are never run (a rule stops at its first part the text lacks).
 */
class CompiledPart {
  private readonly boundedSource: string;
  private readonly anywhereSource: string;
  private readonly anchors: string[] | undefined;
  private boundedPattern: RegExp | undefined;
  private anywherePattern: RegExp | undefined;

  /** `anchors`: a match holds one of them once its letter runs are squeezed (see squeezeRuns); undefined when unknown. */
  constructor(boundedSource: string, anywhereSource: string, anchors: string[] | undefined) {
    this.boundedSource = boundedSource;
    this.anywhereSource = anywhereSource;
    this.anchors = anchors;
  }

  /**
   * False when the text (squeezed) holds none of the part's first words, so neither pattern can match.
   * V8 drops a pattern's compiled code after a few full collections without use, and compiling these
   * (up to 31,000 characters each) again took 60-200 ms of a check in a busy server; a part a text
   * cannot match is neither run nor compiled.
   */
  mayMatch(squeezed: string): boolean {
    return this.anchors === undefined || this.anchors.some((anchor) => squeezed.includes(anchor));
  }

  /** Matches with word edges, in the folded text. */
  get bounded(): RegExp {
    this.boundedPattern ??= new RegExp(this.boundedSource, 'u');
    return this.boundedPattern;
  }

  /** Matches anywhere, in letters that were written apart (their word edges are lost). */
  get anywhere(): RegExp {
    this.anywherePattern ??= new RegExp(this.anywhereSource, 'u');
    return this.anywherePattern;
  }
}

interface CompiledRule {
  topic: SafetyTopic;
  reach: TextReach | undefined;
  all: CompiledPart[];
  unless: CompiledPart[];
}

// Where a sentence ends, kept with the sentence before it so the pieces join back as they were.
const sentenceEnd = /(?<=[.!?;。！？])/u;
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
  private readonly benign: RegExp | undefined;
  /** The blade words and the acts that make a blade a weapon, for the kitchen reading (see blankBenign). */
  private readonly kitchenBlade: { blade: RegExp; act: CompiledPart } | undefined;

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
    const source = (term: string, withEdges: boolean) => alternation([term], (name) => conceptSource(name, withEdges, 0), withEdges);
    const anchors = (term: string, depth: number): string[] | undefined => {
      const first = term.trim().split(/\s+/)[0];
      const groupName = /^\{(\w+)\}$/.exec(first)?.[1];
      if (!groupName) return first === '...' ? undefined : [wordAnchor(first)];
      const words = concepts[groupName];
      if (!words || depth > 3) return undefined;
      const found = words.map((word) => anchors(word, depth + 1));
      return found.every((list) => list !== undefined) ? found.flat() : undefined;
    };
    const part = (term: string) => new CompiledPart(source(term, true), source(term, false), anchors(term, 0));
    const extraRules = Object.entries(extra).flatMap(([topic, terms]) => (terms ?? []).map((term) => ({ topic: topic as SafetyTopic, all: [term] })));
    this.rules = [...rules, ...extraRules].map((rule: TopicRule) => ({ topic: rule.topic, reach: rule.reach, all: rule.all.map(part), unless: (rule.unless ?? []).map(part) }));
    // An operator's phrase that cannot be a pattern fails here, when the terms file is loaded, not in a check.
    for (const rule of this.rules.slice(rules.length)) for (const compiled of rule.all) void [compiled.bounded, compiled.anywhere];
    // Built once: a pattern made per call is parsed and compiled again on each check.
    this.benign = concepts.benign ? new RegExp(source('{benign}', true), 'gu') : undefined;
    this.kitchenBlade = concepts.blade && concepts.bladeAct ? { blade: new RegExp(source('{blade}', true), 'gu'), act: part('{bladeAct}') } : undefined;
  }

  /** The normalised text with harmless phrases ("water gun", "kills time") blanked, for the word lists too. */
  withoutBenign(text: string): string {
    return this.blankBenign(normalizeForMatching(text).text);
  }

  /** Already normalised text (normalizeForMatching) with its harmless phrases blanked, for the warning signs. */
  blankBenign(folded: string): string {
    const blanked = blankToneLimits(blankBlowsToFood(blankFigurativeKilling(blankSportsShots(blankHarmlessNames(this.benign ? folded.replace(this.benign, ' ~ ') : folded)))));
    if (!this.kitchenBlade || !this.hasBlade(blanked)) return blanked;
    return blanked.split(sentenceEnd).map((sentence) => this.withoutKitchenBlade(sentence)).join('');
  }

  /**
   * Whether sentence readings of one idea (Apertium's English, the gloss's) name a blade, and each that names one shows
   * every blade at kitchen work ("she uses the knife and the hot oven" for the pizza): what a reading with no sentence
   * around its words may then carry over (withoutBlades). Both must agree: a machine translation may lose the verb
   * that turns the knife on someone ("taglia il bambino" came out "short the boy"), which the gloss keeps ("cut").
   */
  bladesAtKitchenWork(readings: string[]): boolean {
    if (!this.kitchenBlade) return false;
    const naming = readings.map((text) => normalizeForMatching(text).text).filter((folded) => this.hasBlade(folded));
    return naming.length > 0 && naming.every((folded) => !this.hasBlade(this.blankBenign(folded)));
  }

  /** The normalised text with every blade blanked (see bladesAtKitchenWork). */
  withoutBlades(text: string): string {
    const folded = normalizeForMatching(text).text;
    return this.kitchenBlade ? folded.replace(this.kitchenBlade.blade, ' ~ ') : folded;
  }

  /** Whether the text names a blade (the pattern is global, so each test starts from the text's beginning). */
  private hasBlade(text: string): boolean {
    this.kitchenBlade!.blade.lastIndex = 0;
    return this.kitchenBlade!.blade.test(text);
  }

  /**
   * A sentence with its blades blanked when they are at kitchen work ("chops carrots with his big knife") and
   * nothing in it turns them on anyone: a chef's knife beside a child is a cooking lesson (read-kitchen-work.ts).
   */
  private withoutKitchenBlade(sentence: string): string {
    const { blade, act } = this.kitchenBlade!;
    if (!this.hasBlade(sentence) || !showsKitchenWork(sentence)) return sentence;
    const window = { text: sentence, squeezed: squeezeRuns(sentence) };
    if (matchAll([act], window, [], true)) return sentence;
    return sentence.replace(blade, ' ~ ');
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
    const joinedRuns = normalized.joinedRuns.map((run) => ({ text: run, squeezed: squeezeRuns(run) }));
    for (const windowText of windowsOf(folded, reach)) {
      const window = { text: windowText, squeezed: squeezeRuns(windowText) };
      for (const rule of rules) {
        const matched = matchAll(rule.all, window, joinedRuns);
        if (!matched || matchAll(rule.unless, window, joinedRuns, true)) continue;
        const words = found.get(rule.topic) ?? new Set<string>();
        words.add(matched.join(' + '));
        found.set(rule.topic, words);
      }
    }
    return safetyTopics.filter((topic) => found.has(topic)).map((topic) => ({ topic, matched: [...found.get(topic)!] }));
  }
}

/** A text beside its squeezed form (squeezeRuns), which the parts' anchors are looked up in. */
interface SearchedText {
  text: string;
  squeezed: string;
}

function matchAll(parts: CompiledPart[], window: SearchedText, joinedRuns: SearchedText[], any = false): string[] | undefined {
  const matched: string[] = [];
  for (const part of parts) {
    const bounded = part.mayMatch(window.squeezed) ? part.bounded.exec(window.text)?.[0] : undefined;
    const hit = bounded ?? joinedRuns.map((run) => (part.mayMatch(run.squeezed) ? part.anywhere.exec(run.text)?.[0] : undefined)).find(Boolean);
    if (hit && any) return [hit.trim()];
    if (!hit && !any) return undefined;
    if (hit) matched.push(hit.trim());
  }
  return any ? undefined : matched;
}

/**
 * Latin letters repeated in a row, once: a word's letters match runs of themselves ("kiiill" is
 * "kill", see wordSource), so a match squeezed is its word squeezed, and lies in the squeezed text.
 */
function squeezeRuns(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/**
 * A stretch of letters any match of the word holds, squeezed: its longest piece between the hyphens and
 * apostrophes that may be left out, without the `*` ending.
 */
function wordAnchor(token: string): string {
  const pieces = token.toLowerCase().replace(/\*$/, '').split(/[-']/);
  return squeezeRuns(pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest), ''));
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
