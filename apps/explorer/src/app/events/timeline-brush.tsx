'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type PointerEvent } from 'react';
import type { PeriodBand } from '../../lib/period-chart';
import { periodRange } from '../../lib/timeline-params';

/** Props of {@link TimelineBrush}: the chart's bands (SVG pixels) and how to build the URL of a range. */
export interface TimelineBrushProps {
  bands: PeriodBand[];
  width: number;
  top: number;
  bottom: number;
  height: number;
  /** The view's query string without dates or page (`kind=layoff&by=QUARTER`): the brush adds from and to. */
  query: string;
}

/** The timeline URL of the view `query` narrowed to [from, to]. */
export function brushedHref(query: string, range: { from: string; to: string }): string {
  const params = new URLSearchParams(query);
  params.set('from', range.from);
  params.set('to', range.to);
  return `/events?${params.toString()}`;
}

/**
 * A brush over the server-rendered chart: drag across bars to show only that time range (the list, the table
 * and the chart follow, through the URL). It draws nothing until used; the date fields and the table's period
 * links do the same from the keyboard.
 */
export function TimelineBrush({ bands, width, top, bottom, height, query }: TimelineBrushProps) {
  const router = useRouter();
  const area = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);

  /** The band index under a pointer, in SVG coordinates (the chart scales with its box). */
  const bandAt = (event: PointerEvent) => {
    const box = area.current!.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width;
    const index = bands.findIndex((band) => x < band.x + band.width);
    return index < 0 ? bands.length - 1 : Math.max(0, index);
  };

  const selected = drag ? [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)] : null;
  const left = selected ? bands[selected[0]!]! : null;
  const right = selected ? bands[selected[1]!]! : null;
  return (
    <div
      ref={area}
      className="brush"
      data-testid="timeline-brush"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const index = bandAt(event);
        setDrag({ start: index, end: index });
      }}
      onPointerMove={(event) => drag && setDrag({ ...drag, end: bandAt(event) })}
      onPointerUp={() => {
        if (!selected) return;
        const from = periodRange(bands[selected[0]!]!.period).from;
        const to = periodRange(bands[selected[1]!]!.period).to;
        setDrag(null);
        router.push(brushedHref(query, { from, to }));
      }}
      onPointerCancel={() => setDrag(null)}
    >
      {left && right && (
        <div
          className="brush-selection"
          style={{
            left: `${(left.x / width) * 100}%`,
            width: `${((right.x + right.width - left.x) / width) * 100}%`,
            top: `${(top / height) * 100}%`,
            height: `${((bottom - top) / height) * 100}%`,
          }}
        />
      )}
    </div>
  );
}
