import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface DescribeOptions extends CallOptions {
  /** The picture to describe. */
  image: MediaData;
  /** Language of the caption (BCP 47); English when absent. */
  language?: string;
}

export interface DescribeResult {
  /** One sentence that says what is in the picture; used as alt text. */
  caption: string;
  /** Things seen in the picture, most confident first. */
  tags: string[];
  warnings: ProviderWarning[];
}

/** Image to caption and tags. */
export interface DescriptionModel extends ModelIdentity {
  describe(options: DescribeOptions): Promise<DescribeResult>;
}
