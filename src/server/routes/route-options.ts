import type { KilnRuntime } from '../../runtime/contracts.ts';
import type { RateLimitHooks } from '../rate-limits.ts';

/** What every route plugin is registered with. */
export interface RouteOptions {
  runtime: KilnRuntime;
  /** One onRequest hook per rate-limit family, shared across plugins so counts are shared too. */
  rateLimits: RateLimitHooks;
}
