/**
 * The header navigation. On narrow screens it folds into a menu button; the button says whether
 * the menu is open (aria-expanded); Escape closes it and hands focus back to the button, and a tap
 * or focus outside closes it too.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, usePath } from '../router.tsx';
import { studios } from '../studios/studio-catalogue.ts';

const links = [
  ...studios.map((studio) => ({ href: studio.path, label: studio.title })),
  { href: '/library', label: 'Library' },
  { href: '/jobs', label: 'Jobs' },
  { href: '/settings', label: 'Settings' },
];

function isCurrent(href: string, path: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

export function SiteNavigation() {
  const path = usePath();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const navigationRef = useRef<HTMLElement>(null);

  // A link was followed: the menu has done its job.
  useEffect(() => setOpen(false), [path]);

  // A tap or focus anywhere else closes the open menu. Pointer and focus events rather than blur:
  // Safari does not focus links on tap, so a blur would close the menu before the tapped link's click.
  useEffect(() => {
    if (!open) return;
    const closeWhenOutside = (event: Event) => {
      if (!navigationRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeWhenOutside);
    document.addEventListener('focusin', closeWhenOutside);
    return () => {
      document.removeEventListener('pointerdown', closeWhenOutside);
      document.removeEventListener('focusin', closeWhenOutside);
    };
  }, [open]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <nav
      ref={navigationRef}
      className={`site-nav${open ? ' site-nav--open' : ''}`}
      aria-label="Main"
      onKeyDown={closeOnEscape}
    >
      <button
        ref={buttonRef}
        type="button"
        className="site-nav__toggle"
        aria-expanded={open}
        aria-controls="site-nav-links"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="site-nav__toggle-icon" aria-hidden="true" />
        Menu
      </button>
      <ul id="site-nav-links" className="site-nav__links">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(link.href, path) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
