import type { StoryScene } from './story-api.ts';

/**
 * What checked a story, in calm words for the parent. The scenes' moderation records tell apart a
 * server with no moderation service configured (no service layer at all: the built-in rules are
 * the whole design) from one whose service did not answer (a service layer marked unavailable).
 */
export function describeSafetyCheck(scenes: readonly Pick<StoryScene, 'moderation'>[]): string {
  const services = scenes.flatMap((scene) => scene.moderation.layers ?? []).filter((layer) => layer.layer === 'moderation-service');
  const builtin = 'Checked by Kiln’s built-in safety rules (words and topics to avoid, and a calm bedtime tone)';
  const named = (layers: typeof services) => [...new Set(layers.map((layer) => layer.model ?? 'the moderation service'))].join(', ');
  if (services.length === 0) return `${builtin}. No moderation service is set up on this server, so these rules are the whole check.`;
  const silent = services.filter((layer) => layer.unavailable);
  const answered = services.filter((layer) => !layer.unavailable);
  if (answered.length === 0) return `${builtin}. The moderation service (${named(silent)}) did not answer, so only the built-in rules checked this story.`;
  if (silent.length > 0) return `${builtin} and by ${named(answered)}; ${named(silent)} did not answer for part of it.`;
  return `${builtin} and by ${named(answered)}.`;
}
