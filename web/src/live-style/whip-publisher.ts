/**
 * Publishes a MediaStream to a WebRTC media server over WHIP (RFC 9725): one HTTP POST with the
 * SDP offer, answered 201 with the SDP answer and the session's URL in Location; DELETE on that
 * URL ends it. MediaMTX (`/<path>/whip`), LiveKit ingress, Cloudflare Stream and Ant Media
 * Enterprise all speak it.
 */
export interface WhipPublication {
  connection: RTCPeerConnection;
  /** Where the session lives on the server; DELETE ends it. */
  resourceUrl: string | undefined;
  stop(): Promise<void>;
}

export interface WhipOptions {
  endpoint: string;
  /** Sent as a bearer token when given. */
  token?: string;
  stream: MediaStream;
  /** Longest wait for ICE candidates before the offer goes anyway. */
  gatheringTimeoutMs?: number;
}

export async function publishOverWhip(options: WhipOptions): Promise<WhipPublication> {
  const connection = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });
  try {
    for (const track of options.stream.getTracks()) connection.addTransceiver(track, { direction: 'sendonly', streams: [options.stream] });
    await connection.setLocalDescription(await connection.createOffer());
    // WHIP servers need not take trickled candidates, so they all go in the one offer.
    await iceGatheringComplete(connection, options.gatheringTimeoutMs ?? 2000);
    const headers: Record<string, string> = { 'Content-Type': 'application/sdp' };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let response: Response;
    try {
      response = await fetch(options.endpoint, { method: 'POST', headers, body: connection.localDescription!.sdp });
    } catch {
      throw new Error(`The WHIP endpoint ${options.endpoint} could not be reached (is it running, and does it allow this page's origin?).`);
    }
    if (response.status === 401 || response.status === 403) throw new Error(`The WHIP endpoint refused the token (HTTP ${response.status}).`);
    if (!response.ok) {
      const said = (await response.text().catch(() => '')).trim().slice(0, 200);
      throw new Error(`The WHIP endpoint answered HTTP ${response.status}${said ? `: ${said}` : ''}.`);
    }
    const location = response.headers.get('Location');
    const resourceUrl = location ? new URL(location, options.endpoint).toString() : undefined;
    await connection.setRemoteDescription({ type: 'answer', sdp: await response.text() });
    return {
      connection,
      resourceUrl,
      async stop() {
        connection.close();
        if (resourceUrl) await fetch(resourceUrl, { method: 'DELETE', headers: options.token ? { Authorization: `Bearer ${options.token}` } : {} }).catch(() => undefined);
      },
    };
  } catch (error) {
    connection.close();
    throw error;
  }
}

function iceGatheringComplete(connection: RTCPeerConnection, timeoutMs: number): Promise<void> {
  if (connection.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      connection.removeEventListener('icegatheringstatechange', check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (connection.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, timeoutMs);
    connection.addEventListener('icegatheringstatechange', check);
  });
}
