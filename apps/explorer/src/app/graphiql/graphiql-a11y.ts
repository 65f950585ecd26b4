'use client';

import { useEffect, type RefObject } from 'react';

function labelTextareas(root: HTMLElement) {
  const label = (selector: string, names: string[]) =>
    root.querySelectorAll<HTMLTextAreaElement>(selector).forEach((textarea, i) => {
      if (!textarea.hasAttribute('aria-label'))
        textarea.setAttribute('aria-label', names[i] ?? names[names.length - 1]!);
    });
  label('.graphiql-query-editor textarea', ['GraphQL query editor']);
  label('.graphiql-editor-tool textarea', ['Variables editor (JSON)', 'Headers editor (JSON)']);
  label('.graphiql-response textarea', ['Response (read-only)']);
}

/** A tab is the button inside each `li`; the `li` itself becomes presentational, so no control nests in another. */
function fixTabRoles(root: HTMLElement) {
  root.querySelectorAll<HTMLLIElement>('li.graphiql-tab[role="tab"]').forEach((li) => {
    const button = li.querySelector<HTMLButtonElement>('button.graphiql-tab-button');
    if (!button) return;
    li.setAttribute('role', 'none');
    li.removeAttribute('aria-selected');
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', li.classList.contains('graphiql-tab-active') ? 'true' : 'false');
  });
}

/** CodeMirror's scroll areas (tabindex -1 by default) become reachable by keyboard. */
function makeScrollersFocusable(root: HTMLElement) {
  root.querySelectorAll<HTMLElement>('.CodeMirror-scroll').forEach((el) => {
    if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
  });
}

/**
 * GraphiQL 4's CodeMirror editors leave their textareas unlabelled, nest buttons inside `role="tab"` items and
 * render scroll areas without keyboard access (axe-core: label, nested-interactive, scrollable-region-focusable).
 * This patches the DOM under `ref` whenever GraphiQL changes it. Colours are fixed in CSS (globals.css).
 */
export function useGraphiQLA11yFixes(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = () => {
      labelTextareas(root);
      fixTabRoles(root);
      makeScrollersFocusable(root);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'role'] });
    return () => observer.disconnect();
  }, [ref]);
}
