/**
 * The request every text backend gets for a story, as labelled lines: language models read it as
 * plain instructions, and the built-in storyteller parses it back. Keeping one format means a story
 * asked of Ollama and one asked of the storyteller start from exactly the same facts.
 */
export interface StoryRequest {
  /**
   * The parent's idea, already through the prompt check: standard mode only. In child mode no model
   * gets the parent's words, only the outline Kiln built from the vetted parts.
   */
  idea?: string;
  /** The idea's checked parts in plain words (see idea-outline.ts), for every backend to follow. */
  outline?: string;
  /** The child the story is for. */
  listener: { name: string; age: number; interests: string[]; favouriteThings: string[]; readingLevel: ReadingLevel; language: string };
  /** How many scenes. */
  scenes: number;
  /** Set when only one scene is to be written again (1-based), with the story so far for context. */
  rewriteScene?: number;
  /** Asks for a different telling of the same request (regeneration). */
  variant?: number;
}

/** How hard the words may be; `auto` follows the age. */
export type ReadingLevel = 'auto' | 'early' | 'developing' | 'confident';

const labels = {
  idea: 'Story idea',
  outline: 'Outline',
  listener: 'Listener',
  interests: 'Interests',
  favourites: 'Favourite things',
  level: 'Reading level',
  language: 'Language',
  scenes: 'Scenes',
  rewrite: 'Rewrite scene',
  variant: 'Variant',
} as const;

export function formatStoryRequest(request: StoryRequest): string {
  const { listener } = request;
  const lines = [
    ...(request.idea !== undefined ? [`${labels.idea}: ${request.idea}`] : []),
    ...(request.outline ? [`${labels.outline}: ${request.outline}`] : []),
    `${labels.listener}: ${listener.name}, age ${listener.age}`,
    `${labels.interests}: ${listener.interests.join(', ') || 'none given'}`,
    `${labels.favourites}: ${listener.favouriteThings.join(', ') || 'none given'}`,
    `${labels.level}: ${listener.readingLevel}`,
    `${labels.language}: ${listener.language}`,
    `${labels.scenes}: ${request.scenes}`,
  ];
  if (request.rewriteScene !== undefined) lines.push(`${labels.rewrite}: ${request.rewriteScene}`);
  if (request.variant !== undefined) lines.push(`${labels.variant}: ${request.variant}`);
  return lines.join('\n');
}

/**
 * Reads a request back; a prompt without labels is taken whole as the idea, for a child of five. A
 * labelled request without an idea line (child mode) has no idea: the outline is all there is.
 */
export function parseStoryRequest(prompt: string): StoryRequest {
  const fields = new Map<string, string>();
  for (const line of prompt.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const field = (label: string) => fields.get(label.toLowerCase());
  const list = (value: string | undefined) =>
    !value || value === 'none given' ? [] : value.split(',').map((item) => item.trim()).filter(Boolean);
  const listenerMatch = /^(.*?),\s*age\s+(\d+)/i.exec(field(labels.listener) ?? '');
  const level = field(labels.level);
  const number = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
  return {
    idea: field(labels.idea) ?? (field(labels.outline) === undefined && field(labels.listener) === undefined ? prompt.trim() : undefined),
    outline: field(labels.outline),
    listener: {
      name: listenerMatch?.[1]?.trim() || 'the child',
      age: listenerMatch ? Number(listenerMatch[2]) : 5,
      interests: list(field(labels.interests)),
      favouriteThings: list(field(labels.favourites)),
      readingLevel: level === 'early' || level === 'developing' || level === 'confident' ? level : 'auto',
      language: field(labels.language) ?? 'en',
    },
    scenes: Math.min(12, Math.max(1, number(field(labels.scenes), 4))),
    rewriteScene: field(labels.rewrite) ? number(field(labels.rewrite), 1) : undefined,
    variant: field(labels.variant) ? number(field(labels.variant), 0) : undefined,
  };
}
