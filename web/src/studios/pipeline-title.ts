import { studios } from './studio-catalogue.ts';

/** A pipeline's name for people: its studio's title, or the id in words (`music-video` → `Music video`). */
export function pipelineTitle(pipelineId: string): string {
  const studio = studios.find((candidate) => candidate.pipelineId === pipelineId);
  if (studio) return studio.title;
  const words = pipelineId.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
