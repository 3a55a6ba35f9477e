import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { KilnError } from '../engine/errors/index.ts';

/**
 * Requests are limited by family, not by route: creating jobs costs GPU time, uploads cost disk,
 * and reads are cheap, so each family has its own budget shared by its routes.
 * `jobs-create` also covers cancelling; `uploads` also covers deleting assets.
 */
export const rateLimitFamilies = ['jobs-create', 'uploads', 'reads'] as const;
export type RateLimitFamily = (typeof rateLimitFamilies)[number];

export interface RateLimit {
  /** Requests allowed per window, per user (per address before sign-in). */
  max: number;
  /** The window: milliseconds, or a string such as `1 minute`. */
  timeWindow: string | number;
}

export type RateLimits = Record<RateLimitFamily, RateLimit>;

export const defaultRateLimits: RateLimits = {
  'jobs-create': { max: 30, timeWindow: '1 minute' },
  uploads: { max: 60, timeWindow: '1 minute' },
  reads: { max: 1200, timeWindow: '1 minute' },
};

/** An onRequest hook that counts the request against its family and answers 429 when over. */
export type RateLimitHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
export type RateLimitHooks = Record<RateLimitFamily, RateLimitHook>;

/**
 * Registers @fastify/rate-limit without a global limit and returns one hook per family. Each hook
 * keeps its own counters, shared by every route that uses it. Routes add the hook to their own
 * `onRequest`, which runs after the app's auth hook, so the count is per signed-in user.
 */
export async function registerRateLimits(app: FastifyInstance, limits: Partial<RateLimits> = {}): Promise<RateLimitHooks> {
  await app.register(fastifyRateLimit, { global: false });
  const hooks = {} as RateLimitHooks;
  for (const family of rateLimitFamilies) {
    const { max, timeWindow } = limits[family] ?? defaultRateLimits[family];
    hooks[family] = app.rateLimit({
      max,
      timeWindow,
      keyGenerator: (request) => (request.userId ? `user:${request.userId}` : `address:${request.ip}`),
      // The plugin throws what this returns; a KilnError goes through the app's one error handler.
      errorResponseBuilder: (_request, context) =>
        new KilnError('rate_limited', `Too many ${describeFamily(family)}: the limit is ${context.max} per ${describeWindow(timeWindow)}. Try again in ${context.after}.`, {
          details: { family, limit: context.max, retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        }),
    }) as unknown as RateLimitHook;
  }
  return hooks;
}

function describeFamily(family: RateLimitFamily): string {
  if (family === 'jobs-create') return 'jobs created or cancelled';
  if (family === 'uploads') return 'uploads or deletions';
  return 'requests';
}

function describeWindow(timeWindow: string | number): string {
  return typeof timeWindow === 'string' ? timeWindow : `${timeWindow} ms`;
}
