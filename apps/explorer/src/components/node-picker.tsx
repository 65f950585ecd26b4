'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { NodeRef } from '../lib/node-label';

/** Props of {@link NodePicker}. */
export interface NodePickerProps {
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
  /** The input's id (for outside labels and tests); generated when absent. */
  id?: string;
  /** Suggest only these node types (Company, Division, Person, Product, Event, Source). */
  types?: readonly string[];
  /** Suggest stories too, each after its event (for paths: `path` takes story ids). */
  stories?: boolean;
}

/** Milliseconds of quiet typing before suggestions are fetched. */
const DEBOUNCE_MS = 200;

/**
 * A text field for any node — a name, an event's figure ("Amazon 14,000"), a title, or an id — with suggestions
 * from /api/nodes as a native datalist (keyboard and screen readers get the browser's own list). A suggestion's
 * value is the node's id, so what is submitted is exactly what was picked; typed text is resolved on the server.
 * Without JavaScript it is a plain text field.
 */
export function NodePicker({
  name,
  label,
  defaultValue = '',
  placeholder,
  required,
  id,
  types,
  stories,
}: NodePickerProps) {
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const listId = `${inputId}-options`;
  const [text, setText] = useState(defaultValue);
  const [options, setOptions] = useState<NodeRef[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    const query = text.trim();
    if (query.length < 2 || options.some((option) => option.id === query)) return;
    const controller = new AbortController();
    timer.current = setTimeout(() => {
      const only = types?.length ? `&types=${encodeURIComponent(types.join(','))}` : '';
      const withStories = stories ? '&stories=1' : '';
      fetch(`/api/nodes?q=${encodeURIComponent(query)}${only}${withStories}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<NodeRef[]>) : []))
        .then(setOptions)
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
    // Options change only as a result of typing; re-running on them would refetch what was just picked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  return (
    <div className="field grow">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type="search"
        list={listId}
        autoComplete="off"
        required={required}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.id} value={option.id} label={`${option.type}: ${option.label}`} />
        ))}
      </datalist>
    </div>
  );
}
