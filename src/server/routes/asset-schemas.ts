import { z } from 'zod';

export const assetSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  sha256: z.string().describe('Hex sha256 of the bytes.'),
  mediaType: z.string().describe('Decided from the bytes at upload, e.g. `audio/wav`.'),
  sizeBytes: z.number().int(),
  name: z.string().describe('File name for downloads; never a path.'),
  jobId: z.string().nullable().describe('The job that made it; null for uploads.'),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
}).meta({ id: 'Asset' });

export const assetParamsSchema = z.object({ id: z.string().min(1).max(200) });

export const listAssetsQuerySchema = z.object({
  jobId: z.string().min(1).optional().describe('Only assets made by this job.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const assetContentQuerySchema = z.object({
  download: z.enum(['0', '1', 'true', 'false']).optional().describe('`1` to download (attachment) instead of showing inline.'),
});
