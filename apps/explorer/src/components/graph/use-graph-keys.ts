'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';

/** What the graph's keys do. */
export interface GraphKeys {
  expand: () => void;
  more: () => void;
  back: () => void;
  fit: () => void;
  reset: () => void;
}

/** True when a key press is typing (a field, an editable element), not a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The graph view's keys, on the whole page while it is shown, never while typing or with a modifier:
 * e expand · m more · b or Backspace back · f fit all · r readable size.
 */
export function useGraphKeys(keys: GraphKeys) {
  const ref = useRef(keys);
  // The latest keys for the listener registered once (refs are written after render, not during it).
  useLayoutEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const action = { e: 'expand', m: 'more', b: 'back', Backspace: 'back', f: 'fit', r: 'reset' }[event.key] as
        keyof GraphKeys | undefined;
      if (!action) return;
      event.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
