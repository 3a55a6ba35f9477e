/**
 * The Content-Security-Policy of /docs, from the one swagger-ui writes (which carries the hashes of
 * its own inline scripts). Only these pages get it; the web app keeps its stricter policy. Changed:
 * - styles may be inline: swagger-ui's React components set style attributes, which hashes cannot
 *   allow (a hash in style-src would also switch 'unsafe-inline' off, so the hashes go);
 * - nothing from other sites: no https: fonts or styles, no validator.swagger.io badge (the
 *   validator is switched off, it would send the document to a third party);
 * - no upgrade-insecure-requests: Kiln is often reached over plain HTTP on a LAN.
 */
export function docsContentSecurityPolicy(swaggerUiPolicy: string): string {
  const directives = new Map<string, string>();
  for (const part of swaggerUiPolicy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  directives.set('style-src', "'self' 'unsafe-inline'");
  directives.set('img-src', "'self' data:");
  directives.set('font-src', "'self' data:");
  directives.set('connect-src', "'self'");
  directives.set('form-action', "'self'");
  directives.set('frame-ancestors', "'none'");
  directives.delete('upgrade-insecure-requests');
  return [...directives].map(([name, value]) => (value ? `${name} ${value}` : name)).join('; ');
}
