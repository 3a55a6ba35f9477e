/**
 * The frame around every page: a skip link, the header with the navigation, the main landmark and
 * the footer. After an in-app navigation focus moves to the new page's heading, as it would after
 * a full page load, so keyboard and screen reader users start at the top of the new content.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, usePath } from '../router.tsx';
import { SiteNavigation } from './site-navigation.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const path = usePath();
  const mainRef = useRef<HTMLElement>(null);
  // Compared with the path rather than counting renders, so the first page load keeps the browser's own focus.
  const previousPath = useRef(path);

  useEffect(() => {
    if (previousPath.current === path) return;
    previousPath.current = path;
    // A link to a part of a page (`/settings#access-token`) lands on that part.
    const fragment = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    const target = fragment ?? mainRef.current?.querySelector<HTMLElement>('h1') ?? mainRef.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: !fragment });
    if (fragment) fragment.scrollIntoView();
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand" aria-label="Kiln, home">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Kiln</span>
          </Link>
          <SiteNavigation />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p className="site-footer__inner">
          Kiln, a media studio that runs on your own server. <Link href="/settings">Server status</Link>
        </p>
      </footer>
    </>
  );
}
