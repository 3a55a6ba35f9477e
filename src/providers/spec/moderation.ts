import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

/** The harm categories Kiln scores, named as Azure AI Content Safety names them, plus child-mode fear. */
export const moderationCategories = ['Hate', 'SelfHarm', 'Sexual', 'Violence', 'Fear'] as const;
export type ModerationCategory = (typeof moderationCategories)[number];

export interface ModerationOptions extends CallOptions {
  /** Text to check; give this or `image`. */
  text?: string;
  /** Picture to check; give this or `text`. */
  image?: MediaData;
}

export interface CategoryScore {
  /** The category. */
  category: ModerationCategory;
  /** 0 (safe) to 7 (most severe), on Azure's scale; backends with fewer levels map onto it. */
  severity: number;
  /** What made the backend score it, where it says (matched terms for the built-in rules). */
  reasons?: string[];
}

export interface ModerationResult {
  /** One score per category the backend checks. Policy (thresholds) is applied by the caller. */
  categories: CategoryScore[];
  warnings: ProviderWarning[];
}

/** Scores text or images by harm category and severity. */
export interface ModerationModel extends ModelIdentity {
  /** Which inputs this model checks; a model that cannot check images throws ProviderUnsupportedError. */
  readonly inputs: ReadonlyArray<'text' | 'image'>;
  moderate(options: ModerationOptions): Promise<ModerationResult>;
}
