/**
 * The web app's Content-Security-Policy. Scripts only from this origin; styles from this origin
 * plus inline ones (React components and libraries set style attributes and <style> tags); media
 * and images also from blob: and data: URLs, which the studios use for previews and recordings.
 * No upgrade-insecure-requests: Kiln is often reached over plain HTTP on a LAN, where it would
 * break every request.
 */
export const contentSecurityPolicyDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  // Besides the API: the live studio publishes over WHIP to a media server the streamer names
  // (MediaMTX on the LAN, a cloud ingress), which the server cannot know in advance.
  connectSrc: ["'self'", 'https:', 'http:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};
