import { z } from 'zod';

/** An analysed stream as the API answers it (see StreamRecord). */
export const streamSchema = z.object({
  id: z.string(), jobId: z.string().nullable(), origin: z.string(), sourceUrl: z.string().nullable(), platform: z.string().nullable(),
  videoId: z.string().nullable(), title: z.string().nullable(), channel: z.string().nullable(), date: z.string().nullable(), format: z.string(),
  recordingAssetId: z.string().nullable(), cueCount: z.int(), tokenCount: z.int(), japaneseShare: z.number(), warnings: z.array(z.string()), itemCount: z.int(),
  /** Share of the stream's running words you know, 0..1; null for a stream without words. */
  comprehension: z.number().nullable(),
  createdAt: z.string(),
});
