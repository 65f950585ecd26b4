import type { ReactNode } from 'react';

/** What a date bound accepts, as the `pattern` of its input: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_BOUND_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/**
 * A view's filters as a GET form to `action` (works without JavaScript; the URL it leads to is the view's
 * permalink): the fields, then "Apply" and, with `resetHref`, a "Reset" link to the unfiltered view.
 */
export function FilterForm({
  action,
  label,
  resetHref,
  children,
}: {
  action: string;
  /** The form's accessible name, e.g. "Filter events". */
  label: string;
  resetHref?: string;
  children: ReactNode;
}) {
  return (
    <form className="filters card" action={action} method="get" aria-label={label}>
      {children}
      <button type="submit">Apply</button>
      {resetHref && (
        <a className="button secondary" href={resetHref}>
          Reset
        </a>
      )}
    </form>
  );
}

/** One bound of a date range: its input's id, the param it submits as, its label and current value ('' for none). */
export interface DateBound {
  id: string;
  name: string;
  label: string;
  value: string;
}

/** A from/to pair of date inputs (YYYY, YYYY-MM or YYYY-MM-DD), checked by the browser before submitting. */
export function DateRangeFields({ from, to }: { from: DateBound; to: DateBound }) {
  return (
    <>
      {[from, to].map((bound) => (
        <div className="field" key={bound.id}>
          <label htmlFor={bound.id}>{bound.label}</label>
          <input
            id={bound.id}
            name={bound.name}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM"
            defaultValue={bound.value}
            pattern={DATE_BOUND_PATTERN}
            title="YYYY, YYYY-MM or YYYY-MM-DD"
            size={10}
          />
        </div>
      ))}
    </>
  );
}
