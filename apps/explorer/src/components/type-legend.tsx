import { NODE_TYPES, typeClass } from '../lib/node-types';

/** The colour key shared by highlights and the graph. */
export function TypeLegend({
  types = NODE_TYPES,
  label = 'Colour key',
}: {
  types?: readonly string[];
  label?: string;
}) {
  return (
    <ul className="legend" aria-label={label}>
      {types.map((type) => (
        <li key={type}>
          <span className={`dot ${typeClass(type)}`} aria-hidden="true" />
          {type}
        </li>
      ))}
    </ul>
  );
}
