/** The WHIP endpoint and its token, kept in this browser only (localStorage), never sent to Kiln. */
export interface PublishSettings {
  endpoint: string;
  token: string;
}

const endpointKey = 'kiln.live.whipEndpoint';
const tokenKey = 'kiln.live.whipToken';

export function readPublishSettings(): PublishSettings {
  try {
    return { endpoint: localStorage.getItem(endpointKey) ?? '', token: localStorage.getItem(tokenKey) ?? '' };
  } catch {
    return { endpoint: '', token: '' };
  }
}

export function savePublishSettings(settings: PublishSettings): void {
  try {
    localStorage.setItem(endpointKey, settings.endpoint.trim());
    if (settings.token.trim()) localStorage.setItem(tokenKey, settings.token.trim());
    else localStorage.removeItem(tokenKey);
  } catch {
    // Storage switched off: the fields still work for this visit.
  }
}
