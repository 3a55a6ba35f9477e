import type { ApiError } from '../api/api-error.ts';
import { Link } from '../router.tsx';

/** An API failure in words, with the way out when the cause is a missing or refused token. */
export function ApiErrorMessage({ error, action }: { error: ApiError; action?: string }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {action ? <strong>{action}: </strong> : null}
        {error.message}
      </p>
      {error.needsToken ? (
        <p>
          This server asks for an access token. <Link href="/settings#access-token">Add one in Settings</Link>.
        </p>
      ) : null}
    </div>
  );
}
