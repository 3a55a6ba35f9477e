/**
 * Moves the focus to a job's heading when the user starts or opens a job on the page (the key
 * changes from what it was), so the focus does not fall to the page's body when the form's button
 * is disabled or the form gives way to the progress. The heading may appear a render later (once
 * the job is read); the focus waits for it. A job the page opened from its address takes no focus:
 * the user did not act there, and moving them would only lose their place.
 */
import { useCallback, useEffect, useRef } from 'react';

/** A ref for the element to focus: any element, so that a page can hand it to whichever one shows. */
export function useFocusOnStart(key: string | undefined): (element: HTMLElement | null) => void {
  const target = useRef<HTMLElement | null>(null);
  const last = useRef(key);
  const pending = useRef(false);
  if (key !== last.current) {
    last.current = key;
    pending.current = key !== undefined;
  }
  useEffect(() => {
    if (!pending.current || !target.current) return;
    pending.current = false;
    target.current.focus();
  });
  return useCallback((element: HTMLElement | null) => { target.current = element; }, []);
}
