'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

function isInternalNavigation(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return false;
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || link.target === '_blank' || link.hasAttribute('download')) return false;
  const url = new URL(link.href, location.href);
  return url.origin === location.origin && (url.pathname !== location.pathname || url.search !== location.search);
}

/**
 * The loading state of client-side navigations: pages render on the server in one go (no placeholder that later
 * shifts the layout), so while the next page is on its way a thin bar and a status message say so.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The page a navigation started from: the bar shows until the location changes (no effect resets it).
  const here = `${pathname}?${searchParams.toString()}`;
  const [pendingFrom, setPendingFrom] = useState<string | null>(null);
  const pending = pendingFrom === here;

  useEffect(() => {
    const setPending = () => setPendingFrom(here);
    const onClick = (event: MouseEvent) => {
      if (isInternalNavigation(event)) setPending();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      if (
        !event.defaultPrevented &&
        form.method === 'get' &&
        new URL(form.action, location.href).origin === location.origin
      )
        setPending();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('submit', onSubmit);
    };
  }, [here]);

  return (
    <div className={pending ? 'nav-progress active' : 'nav-progress'} role="status" aria-live="polite">
      <span className="visually-hidden">{pending ? 'Loading…' : ''}</span>
    </div>
  );
}
