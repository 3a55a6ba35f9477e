import type { Backend, BackendBaseSettings } from '../backend.ts';
import type { CategoryScore, ModerationModel, ModerationOptions, ModerationResult } from '../spec/index.ts';
import { moderationCategories, type ModerationCategory } from '../spec/index.ts';
import { azurePost, type AzureConnection } from './azure-request.ts';
import { createAzureBackend } from './create-azure-backend.ts';
import { contentSafetyImageLimits, fitAzureImage } from './fit-azure-image.ts';

export interface AzureContentSafetyBackendSettings extends BackendBaseSettings {
  /** The resource's endpoint, e.g. `https://my-resource.cognitiveservices.azure.com`. */
  endpoint: string;
  /** The environment variable holding the subscription key. */
  apiKeyEnv: string;
}

export const contentSafetyApiVersion = '2024-09-01';
/** The service refuses longer text; longer text is checked in pieces. */
export const maxTextLength = 10_000;
const azureCategories = ['Hate', 'SelfHarm', 'Sexual', 'Violence'] as const;

interface AnalyzeResponse {
  categoriesAnalysis?: { category: string; severity?: number }[];
}

/** Splits text into pieces of at most `limit` characters, at a space where there is one near the end. */
export function splitText(text: string, limit = maxTextLength): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > 0 ? space : limit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** Azure's severities (0, 2, 4, 6 with four levels) are already on Kiln's 0–7 scale. */
function toScores(response: AnalyzeResponse): CategoryScore[] {
  return (response.categoriesAnalysis ?? [])
    .filter((item) => (moderationCategories as readonly string[]).includes(item.category))
    .map((item) => ({ category: item.category as ModerationCategory, severity: Math.max(0, Math.min(7, Math.round(item.severity ?? 0))) }));
}

/** The highest severity per category over every piece. */
function mostSevere(results: CategoryScore[][]): CategoryScore[] {
  const highest = new Map<ModerationCategory, number>();
  for (const scores of results) for (const score of scores) highest.set(score.category, Math.max(score.severity, highest.get(score.category) ?? 0));
  return [...highest].map(([category, severity]) => ({ category, severity }));
}

function createContentSafetyModel(connection: AzureConnection, modelId: string): ModerationModel {
  const path = (kind: 'text' | 'image') => `/contentsafety/${kind}:analyze?api-version=${contentSafetyApiVersion}`;
  return {
    provider: connection.provider,
    modelId,
    inputs: ['text', 'image'],
    async moderate(options: ModerationOptions): Promise<ModerationResult> {
      options.abortSignal?.throwIfAborted();
      if (options.image) {
        const { image, warnings } = await fitAzureImage(options.image, contentSafetyImageLimits);
        const body = JSON.stringify({ image: { content: Buffer.from(image.data).toString('base64') } });
        const response = await azurePost<AnalyzeResponse>(connection, { path: path('image'), body, contentType: 'application/json', modelId, signal: options.abortSignal });
        return { categories: toScores(response), warnings };
      }
      const pieces = splitText(options.text ?? '');
      const results = await Promise.all(pieces.map(async (text) => {
        const body = JSON.stringify({ text, categories: azureCategories, outputType: 'FourSeverityLevels' });
        return toScores(await azurePost<AnalyzeResponse>(connection, { path: path('text'), body, contentType: 'application/json', modelId, signal: options.abortSignal }));
      }));
      return { categories: mostSevere(results), warnings: [] };
    },
  };
}

/**
 * Azure AI Content Safety as a `moderation` backend: text and pictures scored for Hate, SelfHarm,
 * Sexual and Violence. The model id is free (the service has one model); `azure:content-safety` reads well.
 */
export function createAzureContentSafetyBackend(settings: AzureContentSafetyBackendSettings): Backend {
  return createAzureBackend({ type: 'azure-content-safety', capability: 'moderation', settings, makeModel: createContentSafetyModel });
}
