/**
 * The bearer token for servers in JWT mode. It lives in localStorage so that it survives reloads;
 * the settings page is the only place that writes it.
 */
const storageKey = 'kiln.accessToken';

export function readAccessToken(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    // Storage can be switched off (private modes, policies); then the app works without a token.
    return null;
  }
}

export function saveAccessToken(token: string): void {
  const trimmed = token.trim();
  if (trimmed === '') window.localStorage.removeItem(storageKey);
  else window.localStorage.setItem(storageKey, trimmed);
}

export function clearAccessToken(): void {
  window.localStorage.removeItem(storageKey);
}
