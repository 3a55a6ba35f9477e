/**
 * A small history router: the server answers every non-/api path with index.html, so real paths
 * work on reload and can be shared. Links are ordinary anchors, so opening in a new tab still works.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const changeEvent = 'kiln:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** The current path, e.g. `/jobs/abc`; the component re-renders when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(changeEvent));
}

export interface Route {
  /** A path with `:name` parameters, e.g. `/jobs/:id`. */
  pattern: string;
  render(parameters: Record<string, string>): ReactNode;
}

/** The first route that matches the path, with its decoded parameters. */
export function matchRoute(routes: readonly Route[], path: string): { route: Route; parameters: Record<string, string> } | undefined {
  const pathParts = splitPath(path);
  for (const route of routes) {
    const patternParts = splitPath(route.pattern);
    if (patternParts.length !== pathParts.length) continue;
    const parameters: Record<string, string> = {};
    const matches = patternParts.every((part, index) => {
      if (part.startsWith(':')) {
        parameters[part.slice(1)] = safeDecode(pathParts[index]);
        return true;
      }
      return part === pathParts[index];
    });
    if (matches) return { route, parameters };
  }
  return undefined;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An anchor that navigates inside the app on a plain click and behaves normally otherwise. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plainClick || rest.target === '_blank') return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
